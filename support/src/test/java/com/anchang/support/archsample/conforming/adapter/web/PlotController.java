package com.anchang.support.archsample.conforming.adapter.web;

import com.anchang.support.archsample.conforming.application.Planting;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PlotController {
    Planting planting;
}
