package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.print.PrintingDealPapers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A deal's paper printed as PDF (DEAL-2, DEAL-4): a receipt, the subscription agreement. */
@RestController
@Tag(name = "deal papers", description = "Receipts and subscription agreements as PDF, the Chinese text embedded; "
        + "read like the deal (a consultant their own, the office's sales control, finance and PM, head office). "
        + "The original (ID numbers and mobile in full) for the office's PM and finance and the deal's consultant; "
        + "a masked copy, marked so, for the others (LEAD-10)")
class DealPapersController {

    private final PrintingDealPapers papers;

    DealPapersController(PrintingDealPapers papers) {
        this.papers = papers;
    }

    @GetMapping(value = "/api/deals/receipts/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A receipt as PDF (DEAL-2): amount in figures and 大写, method, the two people present",
            description = "As it stands now: a reclaimed or voided receipt prints with that across the page.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "404", description = "No such receipt, or not the caller's to see")
    ResponseEntity<byte[]> receipt(@PathVariable String number, Caller caller) {
        return pdf(papers.receipt(caller, number));
    }

    @GetMapping(value = "/api/deals/{dealId}/subscription/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The deal's subscription agreement (认购书) as PDF (DEAL-4)",
            description = "A draft prints marked as not for signing; a reclaimed or voided one says so across the page.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "404", description = "Unknown deal, not the caller's to see, or no subscription yet")
    ResponseEntity<byte[]> subscription(@PathVariable String dealId, Caller caller) {
        return pdf(papers.subscription(caller, dealId));
    }

    @GetMapping(value = "/api/deals/{dealId}/overdue-notice/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The deal's overdue notice (催款通知单) as PDF: each overdue line, days overdue, late fee",
            description = "As of today at the office, from the receivable schedule; the late fee at the office's daily "
                    + "rate (transaction.policy.late-fee-per-day) on the amount owed. Nothing overdue: 409 naming DEAL-7.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "404", description = "Unknown deal, or not the caller's to see")
    @ApiResponse(responseCode = "409", description = "Nothing of the deal is overdue (DEAL-7)")
    ResponseEntity<byte[]> overdueNotice(@PathVariable String dealId, Caller caller) {
        return pdf(papers.overdueNotice(caller, dealId));
    }

    private static ResponseEntity<byte[]> pdf(PrintingDealPapers.Paper paper) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(paper.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(paper.pdf());
    }
}
