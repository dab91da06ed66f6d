package com.anchang.transaction.application.print;

/**
 * Which copy of a receipt or subscription is printed. The original — the paper the buyer signs and
 * keeps — carries identity-document numbers in full; it is printed only for those who may see them (the
 * office's PM and finance, the deal's consultant). Anyone else gets a copy with them masked (LEAD-10),
 * marked as such on the page.
 */
public enum PaperCopy {
    ORIGINAL,
    MASKED
}
