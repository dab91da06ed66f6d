package com.anchang.transaction.application.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.adapter.print.CjkFont;
import com.anchang.transaction.adapter.print.PdfPrinting;
import com.anchang.transaction.application.DealSteps;
import com.anchang.transaction.application.InMemoryDeals;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Payer;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.PaymentEntry;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.support.tenancy.OfficeDirectory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A deal's own receipts and subscription, printed from what the deal recorded: each PDF rendered to a PNG
 * under target/print/ (checked to carry ink, not a blank page) and its text read back with the Chinese
 * in it; the copy chosen by who asks.
 */
class PrintingDealPapersTest {

    static final Path OUT = Path.of("target", "print");
    static PdfPrinting printing;

    final InMemoryDeals deals = new InMemoryDeals();
    final DealFixtures f = new DealFixtures();
    final DealSteps steps = new DealSteps(deals, office -> f.policy(), Clock.fixed(DealFixtures.T0, ZoneOffset.UTC));
    final PrintingDealPapers papers = new PrintingDealPapers(new ViewingDeals(steps, f.register, OfficeDirectory.inMemory(Map.of())), steps, printing,
            office -> "安畅·滨江壹号销售处");

    static Caller at(String userId, String... roles) {
        return new Caller(userId, userId, "dev-1", Map.of("office-1", Set.of(roles)), Set.of(), true);
    }

    static final Caller FINANCE = at("u-finance-1", Caller.FINANCE);
    static final Caller SALES_CONTROL = at("u-sc-1", Caller.SALES_CONTROL);
    static final Caller OTHER_CONSULTANT = at("c-9", Caller.CONSULTANT);

    @BeforeAll
    static void loadFont() {
        printing = new PdfPrinting(CjkFont.load("classpath:fonts/wqy-microhei.ttc",
                PrintingDealPapersTest.class.getResourceAsStream("/fonts/wqy-microhei.ttc"), "WenQuanYiMicroHei"));
    }

    Deal stored(Deal deal) {
        deals.insert(deal, List.of());
        return deal;
    }

    @Test
    @DisplayName("DEAL-2, DEAL-3, DEAL-6: the down payment's receipt of a deal prints as a PDF page with ink on it, its 大写, the receipt it took over and the third party's statement")
    void receiptOfADeal() throws IOException {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
        Receipt down = f.pay(deal, new PaymentEntry(PaymentPurpose.DOWN_PAYMENT, new BigDecimal("910000"),
                PaymentMethod.TRANSFER, new PaymentDetails("HZ20261221-0042", null, null, null, null, null, null),
                new Payer("王建国", "330106196503071234", "父亲"), null));
        stored(deal);

        PrintingDealPapers.Paper paper = papers.receipt(FINANCE, down.number());
        String text = readBack(paper.pdf(), "deal-receipt");

        assertThat(paper.fileName()).isEqualTo(down.number() + ".pdf");
        assertThat(text).contains("安畅·滨江壹号销售处", "收 款 收 据", down.number(), "王先生", "3-1802", "首期款",
                "¥960,000.00", "人民币玖拾陆万元整", "转入收据 No. " + down.replaces(), "本次收款 ¥910,000.00",
                "转账流水号：HZ20261221-0042", "本人自愿替王先生交款", "330106196503071234", "u-finance-1", "u-pm-1");
    }

    @Test
    @DisplayName("DEAL-2: a reclaimed receipt prints 已收回 with who and why; sales control gets the masked copy")
    void reclaimedReceiptMaskedForSalesControl() throws IOException {
        Deal deal = stored(f.at(DealStatus.DEPOSIT_RECEIVED));
        Receipt formal = deal.receipts().getFirst();
        Deal later = f.at(DealStatus.DOWN_PAYMENT_RECEIVED);
        stored(later);
        Receipt reclaimed = later.receipts().stream().filter(r -> r.status() == Receipt.Status.RECLAIMED).findFirst()
                .orElseThrow();

        String text = readBack(papers.receipt(SALES_CONTROL, reclaimed.number()).pdf(), "deal-receipt-reclaimed");

        assertThat(text).contains("已收回", "reclaimed by receipt", "副本：证件号码已隐去");
        assertThat(readBack(papers.receipt(FINANCE, formal.number()).pdf(), "deal-receipt-formal"))
                .doesNotContain("副本").contains("正式定金", "人民币伍万元整");
    }

    @Test
    @DisplayName("DEAL-4: the deal's signed subscription prints the deal price in 大写, the PM's approval, the buyer's ID in full for finance and masked for sales control")
    void subscriptionOfADeal() throws IOException {
        Deal deal = stored(f.at(DealStatus.SUBSCRIPTION_SIGNED));

        String original = readBack(papers.subscription(FINANCE, deal.id()).pdf(), "deal-subscription");
        String masked = readBack(papers.subscription(SALES_CONTROL, deal.id()).pdf(), "deal-subscription-masked");

        assertThat(original).contains("认 购 书", "3-1802", "人民币叁佰贰拾万元整", "¥910,000.00", "项目经理 u-pm-1",
                "330106198801012345", "13812345678", "买方本人签署", "以商品房买卖合同约定为准");
        assertThat(masked).contains("副本：证件号码已隐去").doesNotContain("330106198801012345", "13812345678");
    }

    @Test
    @DisplayName("a deal's paper is read like the deal: a colleague consultant is told it does not exist (404); a deal without a subscription has none to print")
    void readLikeTheDeal() {
        Deal deal = stored(f.at(DealStatus.DEPOSIT_RECEIVED));

        assertThatThrownBy(() -> papers.receipt(OTHER_CONSULTANT, deal.receipts().getFirst().number()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> papers.subscription(OTHER_CONSULTANT, deal.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> papers.subscription(FINANCE, deal.id())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("subscription");
    }

    @Test
    @DisplayName("DEAL-7: an overdue down payment's notice (催款通知单) prints the days overdue and the late fee at the office's daily rate; nothing overdue is 409 DEAL-7")
    void overdueNotice() throws IOException {
        Deal deal = stored(f.at(DealStatus.SUBSCRIPTION_SIGNED));
        Clock tenDaysLate = Clock.fixed(f.due().plusDays(10).atStartOfDay(DealFixtures.SHANGHAI).toInstant()
                .plusSeconds(3600), ZoneOffset.UTC);
        DealSteps late = new DealSteps(deals, office -> f.policy(), tenDaysLate);
        PrintingDealPapers later = new PrintingDealPapers(new ViewingDeals(late, f.register, OfficeDirectory.inMemory(Map.of())), late, printing,
                office -> "安畅·滨江壹号销售处");

        PrintingDealPapers.Paper notice = later.overdueNotice(FINANCE, deal.id());
        String text = readBack(notice.pdf(), "deal-overdue-notice");

        assertThat(notice.fileName()).startsWith("CK-").endsWith(".pdf");
        assertThat(text).contains("催 款 通 知 单", "王先生", "3-1802", "首期款", "逾期 10 天", "¥910,000.00",
                "0.05%/天", "¥4,550.00", "人民币肆仟伍佰伍拾元整");
        DealFixtures.refusedBy("DEAL-7", () -> papers.overdueNotice(FINANCE, deal.id()));
    }

    /**
     * Renders page 1 to target/print/{name}.png and checks it carries ink (a blank page would not), and
     * returns the PDF's text, lines joined.
     */
    static String readBack(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", OUT.resolve(name + ".png").toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                    if (grey < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("dark pixels on %s.png: text was drawn", name)
                    .isGreaterThan((long) image.getWidth() * image.getHeight() / 200);
            return new PDFTextStripper().getText(document).replace("\n", "");
        }
    }
}
