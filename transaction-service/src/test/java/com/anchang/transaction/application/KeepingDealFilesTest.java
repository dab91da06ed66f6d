package com.anchang.transaction.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.FileAccess;
import com.anchang.transaction.domain.FileKind;
import com.anchang.transaction.domain.FileType;
import com.anchang.transaction.domain.UnitAvailability;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeepingDealFilesTest {

    static final Instant NOW = Instant.parse("2026-11-21T03:30:00Z");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    static final byte[] PDF = "%PDF-1.4 power of attorney".getBytes();

    static Caller at(String userId, String officeId, String... roles) {
        return new Caller(userId, userId, "dev-1", Map.of(officeId, Set.of(roles)), Set.of(), true);
    }

    static final Caller PM = at("u-pm-1", "office-1", Caller.PM);
    static final Caller FINANCE = at("u-finance-1", "office-1", Caller.FINANCE);
    static final Caller DEALS_CONSULTANT = at("c-1", "office-1", Caller.CONSULTANT);
    static final Caller OTHER_CONSULTANT = at("c-9", "office-1", Caller.CONSULTANT);
    static final Caller SALES_CONTROL = at("u-sc-1", "office-1", Caller.SALES_CONTROL);
    static final Caller HEAD_OFFICE = new Caller("u-ho-1", "u-ho-1", "dev-1", Map.of(), Set.of(Caller.HEAD_OFFICE), true);
    static final Caller AWAY = at("u-away-1", "office-2", Caller.PM, Caller.FINANCE, Caller.CONSULTANT);

    final InMemoryDealFiles files = new InMemoryDealFiles();
    final InMemoryDeals deals = new InMemoryDeals();
    final Map<String, Deal> stored = deals.stored;
    final KeepingDealFiles keeping = new KeepingDealFiles(deals, files, files, Clock.fixed(NOW, ZoneOffset.UTC), 1024);

    String deal() {
        Deal deal = Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王小明", "13812345678"),
                new UnitAvailability("unit-1", "3-1802", "office-1", "AVAILABLE"), NOW).deal();
        stored.put(deal.id(), deal);
        return deal.id();
    }

    KeepingDealFiles.Upload upload(String dealId, byte[] content) {
        return new KeepingDealFiles.Upload(dealId, FileKind.ID_COPY, "image/jpeg", "id-front.jpg", content);
    }

    @Test
    @DisplayName("DEAL-4: the deal's consultant keeps the buyer's ID copy; PM and finance read it, each read audited with who and when")
    void keptReadAndAudited() {
        String dealId = deal();
        KeepingDealFiles.Kept kept = keeping.upload(DEALS_CONSULTANT, upload(dealId, JPEG));

        assertThat(kept.created()).isTrue();
        assertThat(kept.file()).satisfies(file -> {
            assertThat(file.type()).isEqualTo(FileType.JPEG);
            assertThat(file.uploadedBy()).isEqualTo("c-1");
            assertThat(file.officeId()).isEqualTo("office-1");
        });
        assertThat(keeping.read(PM, dealId, kept.file().id()).content()).isEqualTo(JPEG);
        assertThat(keeping.read(FINANCE, dealId, kept.file().id()).content()).isEqualTo(JPEG);
        assertThat(keeping.audit(PM, dealId)).extracting(FileAccess::userId, FileAccess::action, FileAccess::fileId,
                FileAccess::at).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("u-pm-1", FileAccess.Action.READ, kept.file().id(), NOW),
                        org.assertj.core.groups.Tuple.tuple("u-finance-1", FileAccess.Action.READ, kept.file().id(), NOW));
    }

    @Test
    @DisplayName("DEAL-4: sales control or head office of the developer is refused (403), another consultant does not see the deal (404), and nothing is audited")
    void forbiddenRoles() {
        String dealId = deal();
        String fileId = keeping.upload(FINANCE, upload(dealId, JPEG)).file().id();

        assertThatThrownBy(() -> keeping.read(OTHER_CONSULTANT, dealId, fileId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> keeping.list(OTHER_CONSULTANT, dealId)).isInstanceOf(NotFoundException.class);
        for (Caller refused : List.of(SALES_CONTROL, HEAD_OFFICE)) {
            assertThatThrownBy(() -> keeping.read(refused, dealId, fileId)).as(refused.userId())
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> keeping.upload(refused, upload(dealId, PDF))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> keeping.list(refused, dealId)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(keeping.audit(PM, dealId)).isEmpty();
        assertThat(files.count()).isOne();
    }

    @Test
    @DisplayName("DEAL-4: staff of another office do not see the deal (404), whatever their roles there")
    void otherOffice() {
        String dealId = deal();
        String fileId = keeping.upload(PM, upload(dealId, JPEG)).file().id();

        assertThatThrownBy(() -> keeping.read(AWAY, dealId, fileId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> keeping.audit(AWAY, dealId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> keeping.list(PM, "deal-unknown")).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("DEAL-4: a file is read only through its own deal: another deal's file id is unknown (404)")
    void fileOfAnotherDeal() {
        String first = deal();
        String second = deal();
        String fileId = keeping.upload(PM, upload(first, JPEG)).file().id();

        assertThatThrownBy(() -> keeping.read(PM, second, fileId)).isInstanceOf(NotFoundException.class);
        assertThat(keeping.audit(PM, second)).isEmpty();
    }

    @Test
    @DisplayName("DEAL-4: only the PM reads the audit; finance and the deal's consultant are refused (403)")
    void auditForThePm() {
        String dealId = deal();
        assertThatThrownBy(() -> keeping.audit(FINANCE, dealId)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> keeping.audit(DEALS_CONSULTANT, dealId)).isInstanceOf(ForbiddenException.class);
        assertThat(keeping.audit(PM, dealId)).isEmpty();
    }

    @Test
    @DisplayName("DEAL-4: the same file sent twice (a client retry) is kept once")
    void retryKeepsOne() {
        String dealId = deal();
        KeepingDealFiles.Kept first = keeping.upload(PM, upload(dealId, JPEG));
        KeepingDealFiles.Kept again = keeping.upload(PM, upload(dealId, JPEG));

        assertThat(again.created()).isFalse();
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(keeping.list(PM, dealId)).hasSize(1);
    }

    @Test
    @DisplayName("DEAL-4: a file over the size limit, an executable or a mismatched type is refused naming the field; nothing stored")
    void refusedNothingStored() {
        String dealId = deal();
        assertThatThrownBy(() -> keeping.upload(PM, upload(dealId, new byte[1025])))
                .isInstanceOfSatisfying(FileTooLargeException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("1025 bytes", "1024 bytes");
                });
        assertThatThrownBy(() -> keeping.upload(PM, upload(dealId, new byte[] {'M', 'Z', 0, 0})))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> keeping.upload(PM, upload(dealId, PDF)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("declared as image/jpeg"));
        assertThat(files.count()).isZero();
    }
}
