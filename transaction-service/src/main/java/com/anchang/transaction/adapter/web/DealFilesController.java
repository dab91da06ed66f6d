package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.KeepingDealFiles;
import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.FileAccess;
import com.anchang.transaction.domain.FileKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/deals/{dealId}/files")
@Tag(name = "deal files", description = "The papers a deal keeps (DEAL-4): the buyer's ID copy, an agent's notarised "
        + "power of attorney, a cheque's image. Only the PM and finance of the deal's office and the deal's consultant "
        + "upload and read them (anyone else of that office: 403; of another office: 404). Every read is audited.")
class DealFilesController {

    private final KeepingDealFiles files;

    DealFilesController(KeepingDealFiles files) {
        this.files = files;
    }

    /** A kept file, without its content. */
    record DealFileView(String fileId, String dealId, FileKind kind, String contentType, long size, String fileName,
            String sha256, String uploadedBy, Instant uploadedAt) {

        static DealFileView of(DealFile file) {
            return new DealFileView(file.id(), file.dealId(), file.kind(), file.type().mediaType(), file.size(),
                    file.fileName(), file.sha256(), file.uploadedBy(), file.uploadedAt());
        }
    }

    /** One audited access. */
    record FileAccessView(String fileId, FileKind kind, FileAccess.Action action, String userId, Instant at) {

        static FileAccessView of(FileAccess access) {
            return new FileAccessView(access.fileId(), access.kind(), access.action(), access.userId(), access.at());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Keep a file with the deal (DEAL-4)",
            description = "Multipart: `kind` and `file`. The file must be a JPEG, PNG or PDF by its content; a declared "
                    + "type or file-name extension that disagrees with the content, an executable or an empty file is "
                    + "400 naming `file`; a file over transaction.files.max-size (default 5 MB) is 413 naming `file`. "
                    + "Nothing is stored when refused. The same file sent again is the same file (200).")
    @ApiResponse(responseCode = "201", description = "Kept")
    @ApiResponse(responseCode = "200", description = "The same file was already kept (a retry)")
    @ApiResponse(responseCode = "400", description = "Not a JPEG, PNG or PDF, or a type mismatch, naming the field")
    @ApiResponse(responseCode = "403", description = "Not the PM or finance of the deal's office, nor its consultant")
    @ApiResponse(responseCode = "404", description = "Unknown deal, or a deal of an office the caller has no role in")
    @ApiResponse(responseCode = "413", description = "Over the size limit, naming the field")
    ResponseEntity<DealFileView> upload(@PathVariable String dealId, @RequestParam FileKind kind,
            @RequestPart(KeepingDealFiles.FIELD) MultipartFile file, Caller caller) {
        KeepingDealFiles.Kept kept = files.upload(caller, new KeepingDealFiles.Upload(dealId, kind,
                file.getContentType(), file.getOriginalFilename(), bytes(file)));
        DealFileView view = DealFileView.of(kept.file());
        return kept.created()
                ? ResponseEntity.created(URI.create("/api/deals/" + dealId + "/files/" + view.fileId())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    @Operation(summary = "The deal's files, without their content")
    List<DealFileView> list(@PathVariable String dealId, Caller caller) {
        return files.list(caller, dealId).stream().map(DealFileView::of).toList();
    }

    @GetMapping("/{fileId}")
    @Operation(summary = "One file's content, the read audited first (DEAL-4)",
            description = "Served as an attachment of its checked type, never cached.")
    @ApiResponse(responseCode = "200", description = "The content")
    @ApiResponse(responseCode = "404", description = "Unknown deal or file, or a file of another deal")
    ResponseEntity<byte[]> read(@PathVariable String dealId, @PathVariable String fileId, Caller caller) {
        KeepingDealFiles.Read read = files.read(caller, dealId, fileId);
        String name = read.file().fileName().isEmpty() ? read.file().id() : read.file().fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(read.file().type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(read.content());
    }

    @GetMapping("/audit")
    @Operation(summary = "Who read which of the deal's files, when — for the PM of its office (DEAL-4)")
    @ApiResponse(responseCode = "403", description = "Not the PM of the deal's office")
    List<FileAccessView> audit(@PathVariable String dealId, Caller caller) {
        return files.audit(caller, dealId).stream().map(FileAccessView::of).toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
