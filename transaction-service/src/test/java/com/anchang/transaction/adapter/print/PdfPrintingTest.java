package com.anchang.transaction.adapter.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.transaction.application.print.PaperCopy;
import com.anchang.transaction.application.print.ReceiptSheet;
import com.anchang.transaction.application.print.ReceiptSheet.Payment;
import com.anchang.transaction.application.print.SubscriptionSheet;
import com.anchang.transaction.application.print.SubscriptionSheet.Approval;
import com.anchang.transaction.application.print.SubscriptionSheet.Signatory;
import com.anchang.transaction.domain.ThirdPartyPayerStatement;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Prints each paper, reads the PDF back: the font embedded, the text extractable, and each page rendered
 * to a PNG under target/print/ for a person to look at.
 */
class PdfPrintingTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant ISSUED = Instant.parse("2026-11-21T03:30:00Z");
    static final String BUYER_ID = "110101199003071234";
    static final String PAYER_ID = "310104196505123456";
    static final Path OUT = Path.of("target", "print");

    static PdfPrinting printing;

    @BeforeAll
    static void loadFont() {
        printing = new PdfPrinting(CjkFont.load("classpath:fonts/wqy-microhei.ttc",
                PdfPrintingTest.class.getResourceAsStream("/fonts/wqy-microhei.ttc"), "WenQuanYiMicroHei"));
    }

    static ReceiptSheet chequeReceipt(ReceiptSheet.Status status, String note) {
        BigDecimal amount = new BigDecimal("50000.00");
        return new ReceiptSheet("安畅·滨江壹号销售处", "BJ-2026-000123", ISSUED, SHANGHAI, "3-1802", "王小明", "定金",
                amount, new Payment.Cheque("10203040", "中国工商银行上海分行"), "赵财务", "钱经理",
                Optional.of(new ThirdPartyPayerStatement("王小明", "李建国", PAYER_ID, "岳父", amount)), status, note);
    }

    static ReceiptSheet foreignCurrencyReceipt() {
        return new ReceiptSheet("安畅·滨江壹号销售处", "BJ-2026-000124", ISSUED, SHANGHAI, "5-0601", "陈嘉欣", "临时定金",
                new BigDecimal("71234.00"),
                new Payment.ForeignCurrency("USD", new BigDecimal("10000.00"), List.of("PL12345678A", "PL12345679A",
                        "QF87654321B"), new BigDecimal("7.1234")),
                "赵财务", "钱经理", Optional.empty(), ReceiptSheet.Status.VOIDED, "钱经理 2026年11月22日 作废：金额录入有误");
    }

    static SubscriptionSheet subscription(SubscriptionSheet.Status status, Signatory signatory) {
        return new SubscriptionSheet("安畅·滨江壹号销售处", "RG-2026-000045", "deal-7f3a", "3-1802",
                new BigDecimal("128.36"), new BigDecimal("3850800.00"), new BigDecimal("77016.00"), "项目经理审批 98 折",
                new BigDecimal("3773784.00"), new BigDecimal("50000.00"), "王小明", BUYER_ID, "13812345678",
                new BigDecimal("1132135.20"), LocalDate.parse("2026-12-21"),
                status == SubscriptionSheet.Status.DRAFT ? Optional.empty()
                        : Optional.of(new Approval("钱经理", Instant.parse("2026-11-22T02:15:00Z"))),
                signatory, SHANGHAI, status);
    }

    @Test
    @DisplayName("DEAL-2: a cheque receipt prints with the Chinese font embedded, the amount in 大写, the cheque's note and the payer's statement")
    void chequeReceiptPrints() throws IOException {
        byte[] pdf = printing.receipt(chequeReceipt(ReceiptSheet.Status.ISSUED, ""), PaperCopy.ORIGINAL);

        String text = readBack(pdf, "receipt-cheque-issued");
        assertThat(text).contains("收 款 收 据", "BJ-2026-000123", "2026年11月21日 11:30", "王小明", "3-1802",
                "¥50,000.00", "人民币伍万元整", "支票号码：10203040", "支票到账后有效", "收款人：赵财务", "复核人：钱经理",
                "本人自愿替王小明交款", PAYER_ID);
    }

    @Test
    @DisplayName("DEAL-2: a voided foreign-currency receipt prints the notes' serials, the rate and 作废 across the page")
    void voidedForeignCurrencyReceipt() throws IOException {
        byte[] pdf = printing.receipt(foreignCurrencyReceipt(), PaperCopy.ORIGINAL);

        String text = readBack(pdf, "receipt-foreign-currency-voided");
        assertThat(text).contains("人民币柒万壹仟贰佰叁拾肆元整", "¥71,234.00", "外币现钞（USD）", "PL12345678A",
                "QF87654321B", "1 USD = 7.1234 人民币", "作废", "金额录入有误");
    }

    @Test
    @DisplayName("DEAL-2: a foreign-currency receipt whose amount is not the notes' CNY value at the rate cannot be made")
    void foreignCurrencyAmountIsItsValue() {
        ReceiptSheet right = foreignCurrencyReceipt();
        assertThatThrownBy(() -> new ReceiptSheet(right.officeName(), right.receiptNumber(), ISSUED, SHANGHAI,
                right.unitCode(), right.buyerName(), right.purpose(), new BigDecimal("71234.01"), right.payment(),
                right.receivedBy(), right.confirmedBy(), Optional.empty(), ReceiptSheet.Status.ISSUED, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("71234.00");
    }

    @Test
    @DisplayName("DEAL-2: transfer, card and WeChat/Alipay receipts state their references; the amount's 零 rules print as written")
    void otherMethods() throws IOException {
        List<Payment> payments = List.of(new Payment.Cash(),
                new Payment.BankTransfer("招商银行", "6789", "TRX202611210001"),
                new Payment.Card("4321", "POS-000917"),
                new Payment.Wallet(Payment.Wallet.Channel.WECHAT_PAY, "4200001234202611211234567890"),
                new Payment.Wallet(Payment.Wallet.Channel.ALIPAY, "2026112122001400001234567890"));
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < payments.size(); i++) {
            ReceiptSheet sheet = new ReceiptSheet("安畅·滨江壹号销售处", "BJ-2026-00020" + i, ISSUED, SHANGHAI, "3-1802",
                    "王小明", "首期款", new BigDecimal("20030000.40"), payments.get(i), "赵财务", "钱经理",
                    Optional.empty(), ReceiptSheet.Status.ISSUED, "");
            texts.append(readBack(printing.receipt(sheet, PaperCopy.ORIGINAL), "receipt-method-" + i));
        }
        assertThat(texts.toString()).contains("现金", "银行转账", "招商银行（尾号6789）", "TRX202611210001", "银行卡（POS）",
                "POS-000917", "微信支付", "4200001234202611211234567890", "支付宝", "2026112122001400001234567890",
                "人民币贰仟零叁万元零肆角整", "¥20,030,000.40");
    }

    @Test
    @DisplayName("DEAL-2 / LEAD-10: a masked copy of a receipt hides the payer's ID number and says it is a copy")
    void maskedReceipt() throws IOException {
        byte[] pdf = printing.receipt(chequeReceipt(ReceiptSheet.Status.RECLAIMED, "由 BJ-2026-000130 收回"),
                PaperCopy.MASKED);

        String text = readBack(pdf, "receipt-cheque-reclaimed-masked");
        assertThat(text).doesNotContain(PAYER_ID).contains("310***********3456", "副本：证件号码已隐去", "已收回",
                "由 BJ-2026-000130 收回");
    }

    @Test
    @DisplayName("DEAL-4: an approved subscription signed by an agent prints the deal price in 大写, the approval and the notary certificate")
    void subscriptionByAgent() throws IOException {
        byte[] pdf = printing.subscription(subscription(SubscriptionSheet.Status.APPROVED,
                new Signatory.Agent("周律师", "440301198801011111", "(2026)沪东证字第 1234 号")), PaperCopy.ORIGINAL);

        String text = readBack(pdf, "subscription-agent-approved");
        assertThat(text).contains("认 购 书", "RG-2026-000045", BUYER_ID, "13812345678", "128.36 平方米", "¥3,850,800.00",
                "¥77,016.00", "¥3,773,784.00", "人民币叁佰柒拾柒万叁仟柒佰捌拾肆元整", "人民币壹佰壹拾叁万贰仟壹佰叁拾伍元贰角整",
                "2026年12月21日", "项目经理 钱经理 于 2026年11月22日 10:15 审批", "周律师", "(2026)沪东证字第 1234 号");
    }

    @Test
    @DisplayName("DEAL-4 / LEAD-10: a draft subscription is marked not for signing; its masked copy hides the ID and mobile")
    void draftSubscriptionMasked() throws IOException {
        byte[] pdf = printing.subscription(subscription(SubscriptionSheet.Status.DRAFT, new Signatory.InPerson()),
                PaperCopy.MASKED);

        String text = readBack(pdf, "subscription-draft-masked");
        assertThat(text).doesNotContain(BUYER_ID).doesNotContain("13812345678")
                .contains("110***********1234", "138****5678", "未审批（草稿，不得签署）", "草稿", "买方（签字）：");
    }

    @Test
    @DisplayName("DEAL-4: a subscription past draft without the PM's approval, or an agent without a notary certificate, cannot be printed")
    void refusesUnapprovedOrUnnotarised() {
        assertThatThrownBy(() -> new SubscriptionSheet("处", "RG-1", "deal-1", "3-1802", BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.ZERO, "", BigDecimal.TEN, BigDecimal.ONE, "王小明", BUYER_ID, "13812345678", BigDecimal.ONE,
                LocalDate.parse("2026-12-21"), Optional.empty(), new Signatory.InPerson(), SHANGHAI,
                SubscriptionSheet.Status.APPROVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEAL-4");
        assertThatThrownBy(() -> new Signatory.Agent("周律师", "440301198801011111", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notary certificate");
    }

    @Test
    @DisplayName("DEAL-2: a receipt for a cheque without its number cannot be made")
    void chequeNeedsNumber() {
        assertThatThrownBy(() -> new Payment.Cheque(" ", "中国银行"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    }

    @Test
    @DisplayName("DEAL-1: a receipt received and confirmed by the same person cannot be made")
    void secondPersonConfirms() {
        ReceiptSheet right = chequeReceipt(ReceiptSheet.Status.ISSUED, "");
        assertThatThrownBy(() -> new ReceiptSheet(right.officeName(), right.receiptNumber(), ISSUED, SHANGHAI,
                right.unitCode(), right.buyerName(), right.purpose(), right.amount(), right.payment(), "赵财务", "赵财务",
                right.thirdParty(), ReceiptSheet.Status.ISSUED, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEAL-1");
    }

    @Test
    @DisplayName("DEAL-2: a name with a character the font lacks stops the printing, naming the text, instead of printing a gap")
    void missingGlyphNamed() {
        ReceiptSheet right = chequeReceipt(ReceiptSheet.Status.ISSUED, "");
        ReceiptSheet rareName = new ReceiptSheet(right.officeName(), right.receiptNumber(), ISSUED, SHANGHAI,
                right.unitCode(), "王\uD842\uDFB7明", right.purpose(), right.amount(), right.payment(), right.receivedBy(),
                right.confirmedBy(), Optional.empty(), ReceiptSheet.Status.ISSUED, "");
        assertThatThrownBy(() -> printing.receipt(rareName, PaperCopy.ORIGINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("王\uD842\uDFB7明");
    }

    @Test
    @DisplayName("a font location that is not a CJK TrueType font stops the service from starting, naming the location")
    void badFontIsRefused() {
        InputStream notAFont = new ByteArrayInputStream("not a font".getBytes());
        assertThatThrownBy(() -> CjkFont.load("/etc/fonts/missing.ttf", notAFont, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/etc/fonts/missing.ttf");
    }

    /**
     * The PDF's every font is embedded and the text extracts (returned without line breaks); page 1 is
     * rendered to target/print/{name}.png.
     */
    static String readBack(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(fontName));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+WenQuanYiMicroHei");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("the TrueType program in the file").isNotNull();
            });
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", OUT.resolve(name + ".png").toFile());
            assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(200_000);
            // lines joined: a wrapped sentence reads as one
            return new PDFTextStripper().getText(document).replace("\n", "");
        }
    }
}
