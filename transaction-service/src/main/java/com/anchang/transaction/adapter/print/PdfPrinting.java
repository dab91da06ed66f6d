package com.anchang.transaction.adapter.print;

import com.anchang.support.privacy.MobileMask;
import com.anchang.transaction.application.print.PaperCopy;
import com.anchang.transaction.application.print.OverdueNoticeSheet;
import com.anchang.transaction.application.print.Printing;
import com.anchang.transaction.application.print.ReceiptSheet;
import com.anchang.transaction.application.print.SubscriptionSheet;
import com.anchang.transaction.domain.ChineseAmount;
import com.anchang.transaction.domain.IdNumberMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Receipts and subscription agreements as PDF (PDFBox), every glyph taken from the {@link CjkFont} and
 * embedded as a subset, so the page reads the same on any viewer and printer. The original carries
 * identity-document numbers and the mobile number in full; a {@link PaperCopy#MASKED} copy masks them
 * (LEAD-10) and says so at the top of each page.
 */
public final class PdfPrinting implements Printing {

    /** A receipt is a half sheet: A5 across. */
    static final PDRectangle RECEIPT = new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String MASKED_MARK = "副本：证件号码已隐去";

    private final CjkFont font;

    public PdfPrinting(CjkFont font) {
        this.font = font;
    }

    @Override
    public byte[] receipt(ReceiptSheet sheet, PaperCopy copy) {
        return print("收款收据 " + sheet.receiptNumber(), sheet.issuedAt(), RECEIPT, 36, copy,
                sheet.status().watermark(), page -> receipt(page, sheet, copy));
    }

    @Override
    public byte[] subscription(SubscriptionSheet sheet, PaperCopy copy) {
        Instant stamped = sheet.approval().map(SubscriptionSheet.Approval::approvedAt).orElse(null);
        return print("认购书 " + sheet.subscriptionNumber(), stamped, PDRectangle.A4, 56, copy,
                sheet.status().watermark(), page -> subscription(page, sheet, copy));
    }

    @Override
    public byte[] overdueNotice(OverdueNoticeSheet sheet) {
        return print("催款通知单 " + sheet.noticeNumber(), null, PDRectangle.A4, 56, PaperCopy.ORIGINAL, "",
                page -> overdueNotice(page, sheet));
    }

    private static void overdueNotice(PageWriter page, OverdueNoticeSheet sheet) {
        page.centred(sheet.officeName(), 12);
        page.centred("催 款 通 知 单", 18);
        page.gap(6);
        page.split("编号：" + sheet.noticeNumber(), "日期：" + sheet.issuedOn().format(DAY), PageWriter.BODY);
        page.rule();
        page.paragraph("尊敬的 " + sheet.buyerName() + "：", PageWriter.BODY, 0);
        page.paragraph("您认购的 " + sheet.unitCode() + " 号房屋，下列款项已过约定付款期限，截至 "
                + sheet.issuedOn().format(DAY) + " 仍未付清：", PageWriter.BODY, 0);
        for (OverdueNoticeSheet.Line line : sheet.lines()) {
            page.rule();
            page.row("款项：", line.item());
            page.row("应付金额：", ChineseAmount.inFigures(line.amount()) + "　已付：" + ChineseAmount.inFigures(line.paid()));
            page.row("欠款：", money(line.owed()));
            page.row("约定付款日：", line.dueDate().format(DAY) + "　逾期 " + line.daysOverdue() + " 天");
            page.row("违约金：", ChineseAmount.inFigures(line.owed()) + " × " + sheet.ratePrinted() + "/天 × "
                    + line.daysOverdue() + " 天 = " + ChineseAmount.inFigures(line.lateFee()));
        }
        page.rule();
        page.row("欠款合计：", money(sheet.owed()));
        page.row("违约金合计：", money(sheet.lateFees()));
        page.gap(6);
        page.paragraph("请您于收到本通知后尽快付清上述欠款；违约金按合同约定以欠款为基数，按日 " + sheet.ratePrinted()
                + " 计至实际付清之日。如已付款，请持付款凭证与销售处核对。", PageWriter.BODY, 0);
        page.gap(12);
        page.signatures("销售处（盖章）：", "日期：");
        page.note("交易编号：" + sheet.dealId());
    }

    private static void receipt(PageWriter page, ReceiptSheet sheet, PaperCopy copy) {
        page.centred(sheet.officeName(), 15);
        page.centred("收 款 收 据", 13);
        page.gap(4);
        page.split("No. " + sheet.receiptNumber(), "开具时间：" + at(sheet.issuedAt(), sheet.officeZone()), PageWriter.BODY);
        page.rule();
        page.row("交款人：", sheet.buyerName());
        page.row("房号：", sheet.unitCode());
        page.row("款项：", sheet.purpose());
        page.row("金额（小写）：", sheet.amountInFigures());
        page.row("金额（大写）：", sheet.amountInWords());
        if (sheet.credited() != null) {
            page.row("", "其中：转入收据 No. " + sheet.credited().receiptNumber() + " "
                    + ChineseAmount.inFigures(sheet.credited().amount()) + "，本次收款 "
                    + ChineseAmount.inFigures(sheet.amount().subtract(sheet.credited().amount())));
        }
        page.row("付款方式：", sheet.payment().method());
        for (String detail : sheet.payment().details()) {
            page.row("", detail);
        }
        sheet.thirdParty().ifPresent(statement -> {
            page.rule();
            page.row("代付声明：", copy == PaperCopy.ORIGINAL ? statement.text() : statement.maskedText());
            page.signatures("代付人签字：", "日期：");
        });
        page.rule();
        page.signatures("收款人：" + sheet.receivedBy(), "复核人：" + sheet.confirmedBy());
        page.gap(6);
        if (!sheet.statusNote().isEmpty()) {
            page.note(sheet.status().watermark() + "：" + sheet.statusNote());
        }
        page.note("本收据一经开具不得涂改，只能收回或作废并记录经办人及原因。收款须两人在场，复核人以本人账号确认。");
    }

    private static void subscription(PageWriter page, SubscriptionSheet sheet, PaperCopy copy) {
        boolean original = copy == PaperCopy.ORIGINAL;
        page.centred("认 购 书", 18);
        page.centred(sheet.officeName(), 12);
        page.gap(6);
        page.split("编号：" + sheet.subscriptionNumber(), "交易编号：" + sheet.dealId(), PageWriter.BODY);
        page.rule();

        page.paragraph("一、买方", 12, 0);
        page.row("姓名：", sheet.buyerName());
        page.row("证件号码：", original ? sheet.buyerIdNumber() : IdNumberMask.mask(sheet.buyerIdNumber()));
        page.row("手机号码：", original ? sheet.buyerMobile() : MobileMask.mask(sheet.buyerMobile()));

        page.paragraph("二、认购房屋", 12, 0);
        page.row("房号：", sheet.unitCode());
        page.row("建筑面积：", sheet.areaSquareMetres() == null ? "以商品房买卖合同约定为准"
                : sheet.areaSquareMetres().toPlainString() + " 平方米");

        page.paragraph("三、价格", 12, 0);
        page.row("表价：", ChineseAmount.inFigures(sheet.listPrice()));
        page.row("优惠：", ChineseAmount.inFigures(sheet.discount())
                + (sheet.discountNote().isEmpty() ? "" : "（" + sheet.discountNote() + "）"));
        page.row("成交总价：", ChineseAmount.inFigures(sheet.dealPrice()) + "　" + sheet.dealPriceInWords());

        page.paragraph("四、定金与首期款", 12, 0);
        page.row("已付定金：", money(sheet.depositPaid()));
        page.row("首期款：", money(sheet.downPayment()));
        page.row("付款期限：", "买方应于 " + sheet.downPaymentDueDate().format(DAY) + " 前付清首期款。");

        page.paragraph("五、约定", 12, 0);
        page.paragraph("1. 本认购书经项目经理审批后由买方签署；买方委托他人签署的，须出具经公证的授权委托书。", PageWriter.BODY, 0);
        page.paragraph("2. 买方签署《商品房买卖合同》时，本认购书由卖方收回；已付定金按约定转为房款。", PageWriter.BODY, 0);
        page.paragraph("3. 买方未按期付清首期款的，按销售处定金约定处理。", PageWriter.BODY, 0);

        page.paragraph("六、审批与签署", 12, 0);
        page.row("审批：", sheet.approval()
                .map(a -> "项目经理 " + a.approvedBy() + " 于 " + at(a.approvedAt(), sheet.officeZone()) + " 审批")
                .orElse("未审批（草稿，不得签署）"));
        switch (sheet.signatory()) {
            case SubscriptionSheet.Signatory.InPerson inPerson -> {
                page.row("签署方式：", "买方本人签署");
                page.signatures("买方（签字）：", "日期：");
            }
            case SubscriptionSheet.Signatory.Agent agent -> {
                page.row("签署方式：", "委托代理人签署（经公证的授权委托书）");
                page.row("代理人：", agent.agentName());
                page.row("代理人证件：", original ? agent.agentIdNumber() : IdNumberMask.mask(agent.agentIdNumber()));
                page.row("公证书编号：", agent.notaryCertificateNumber());
                page.signatures("代理人（签字）：", "日期：");
            }
        }
        page.signatures("卖方（盖章）：", "经办人：");
    }

    private static String money(BigDecimal amount) {
        return ChineseAmount.inFigures(amount) + "　" + ChineseAmount.withCurrency(amount);
    }

    private static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    private byte[] print(String title, Instant created, PDRectangle size, float margin, PaperCopy copy,
            String watermark, Consumer<PageWriter> content) {
        try (PDDocument document = new PDDocument(); CjkFont.Opened opened = font.open()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Anchang transaction-service");
            if (created != null) {
                GregorianCalendar calendar = new GregorianCalendar();
                calendar.setTimeInMillis(created.toEpochMilli());
                info.setCreationDate(calendar);
            }
            PageWriter page = new PageWriter(document, opened.embedIn(document), size, margin);
            content.accept(page);
            page.close();
            page.watermark(watermark, copy == PaperCopy.MASKED ? MASKED_MARK : "");
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("printing " + title + " failed", e);
        }
    }
}
