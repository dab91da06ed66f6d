package com.anchang.transaction.application;

import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.DealFileStore;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.FileAccess;
import com.anchang.transaction.domain.FileAuditLog;
import com.anchang.transaction.domain.FileKind;
import com.anchang.transaction.domain.FileType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * The papers a deal keeps as files (DEAL-4): the buyer's ID copy, an agent's power of attorney, a cheque's
 * image. Uploaded and read only by the PM and finance of the deal's office and the deal's consultant;
 * anyone else of that office (and head office) is refused (403), anyone of another office does not see
 * the deal (404). A file is checked by its content (JPEG, PNG or PDF) and its size before anything is
 * stored; every read is written to the audit before the content is handed out, and the PM reads the
 * audit.
 */
public class KeepingDealFiles {

    /** The request field the file comes in, named in refusals. */
    public static final String FIELD = "file";

    private final DealRepository deals;
    private final DealFileStore files;
    private final FileAuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    public KeepingDealFiles(DealRepository deals, DealFileStore files, FileAuditLog audit, Clock clock, long maxBytes) {
        this.deals = deals;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** A file as uploaded: the kind of paper, what the uploader said it is, and the bytes. */
    public record Upload(String dealId, FileKind kind, String declaredType, String fileName, byte[] content) {
    }

    /** The kept file; {@code created} is false when the same file had already been sent (a retry). */
    public record Kept(DealFile file, boolean created) {
    }

    /** A file and its content, handed out once the read is audited. */
    public record Read(DealFile file, byte[] content) {
    }

    public Kept upload(Caller caller, Upload upload) {
        Deal deal = mayHandleFiles(caller, upload.dealId(), "upload the deal's files");
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length > maxBytes) {
            throw new FileTooLargeException(FIELD, content.length, maxBytes);
        }
        FileType type = FileType.check(FIELD, content, upload.declaredType(), upload.fileName());
        String sha256 = sha256(content);
        // the id comes from the deal, the kind and the content: the same file sent twice is one file
        String id = "file-" + sha256(deal.id() + "\n" + upload.kind() + "\n" + sha256).substring(0, 32);
        DealFile file = new DealFile(id, deal.id(), deal.officeId(), upload.kind(), type, content.length,
                fileName(upload.fileName()), sha256, caller.userId(), clock.instant());
        if (files.insertIfAbsent(file, content)) {
            return new Kept(file, true);
        }
        return new Kept(files.find(id).orElseThrow(), false);
    }

    public List<DealFile> list(Caller caller, String dealId) {
        mayHandleFiles(caller, dealId, "see the deal's files");
        return files.ofDeal(dealId);
    }

    public Read read(Caller caller, String dealId, String fileId) {
        Deal deal = mayHandleFiles(caller, dealId, "read the deal's files");
        DealFile file = files.find(fileId).filter(found -> found.dealId().equals(deal.id()))
                .orElseThrow(() -> new NotFoundException("file", fileId));
        byte[] content = files.content(fileId).orElseThrow(() -> new NotFoundException("file", fileId));
        audit.record(new FileAccess(deal.id(), deal.officeId(), file.id(), file.kind(), FileAccess.Action.READ,
                caller.userId(), clock.instant()));
        return new Read(file, content);
    }

    /** The deal's file reads, for the PM of its office. */
    public List<FileAccess> audit(Caller caller, String dealId) {
        Deal deal = visible(caller, dealId);
        caller.mustHold(deal.officeId(), "read the deal's file audit", Caller.PM);
        return audit.entries(dealId);
    }

    private Deal mayHandleFiles(Caller caller, String dealId, String action) {
        Deal deal = visible(caller, dealId);
        boolean officeStaff = caller.holds(deal.officeId(), Caller.PM, Caller.FINANCE);
        boolean dealsConsultant = caller.holds(deal.officeId(), Caller.CONSULTANT)
                && caller.userId().equals(deal.consultantId());
        if (!officeStaff && !dealsConsultant) {
            throw new ForbiddenException(action, "to " + action + " needs PM or FINANCE at " + deal.officeId()
                    + ", or being the deal's consultant");
        }
        return deal;
    }

    /** The deal as the deal's other steps scope it (a colleague consultant does not see it: 404). */
    private Deal visible(Caller caller, String dealId) {
        Deal deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
        if (!DealSteps.sees(caller, deal)) {
            throw new NotFoundException("deal", dealId);
        }
        return deal;
    }

    /** The uploader's file name without any path, at most 120 characters. */
    private static String fileName(String name) {
        if (name == null) {
            return "";
        }
        String bare = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return bare.length() > 120 ? bare.substring(bare.length() - 120) : bare;
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
