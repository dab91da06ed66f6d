package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.BuildingSales;
import com.anchang.dashboard.domain.Catalogue;
import com.anchang.dashboard.domain.Catalogue.OfficeCatalogue;
import com.anchang.dashboard.domain.SellThrough;
import com.anchang.support.security.Caller;
import java.util.ArrayList;
import java.util.List;

/** Sell-through (去化率) as of now, per office, project and building; scoped like the dashboards. Read by keys. */
public class ViewingSellThrough {

    private final Catalogue catalogue;
    private final DashboardScope scope;

    public ViewingSellThrough(Catalogue catalogue, DashboardScope scope) {
        this.catalogue = catalogue;
        this.scope = scope;
    }

    public record OfficeSellThrough(String officeId, SellThrough sellThrough) {
    }

    public record DeveloperSellThrough(String developerId, SellThrough sellThrough, List<OfficeSellThrough> offices) {
    }

    public OfficeSellThrough office(Caller caller, String officeId) {
        scope.office(caller, officeId);
        OfficeCatalogue office = catalogue.of(officeId);
        return new OfficeSellThrough(officeId, SellThrough.of(office.buildings(), office.unplacedSold()));
    }

    /** The offices the caller sees of the developer, and their sum. */
    public DeveloperSellThrough developer(Caller caller, String developerId) {
        List<OfficeSellThrough> offices = new ArrayList<>();
        List<BuildingSales> all = new ArrayList<>();
        long unplaced = 0;
        for (String officeId : scope.offices(caller, developerId)) {
            OfficeCatalogue office = catalogue.of(officeId);
            offices.add(new OfficeSellThrough(officeId, SellThrough.of(office.buildings(), office.unplacedSold())));
            all.addAll(office.buildings());
            unplaced += office.unplacedSold();
        }
        return new DeveloperSellThrough(developerId, SellThrough.of(all, unplaced), offices);
    }
}
