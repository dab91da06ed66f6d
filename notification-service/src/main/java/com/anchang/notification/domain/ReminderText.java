package com.anchang.notification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reminder says (NOTE-1, NOTE-2, NOTE-3): the template parameters the providers' approved
 * templates take, in this order, and the text as the buyer reads it (the local inbox and the office's
 * views show it), from the office's template for the kind or the Chinese default.
 * <ul>
 *   <li>DOWN_PAYMENT: name, unit, date (the due date), days, amount (in figures), amountInWords (大写),
 *       documents (for the mortgage), office, phone;</li>
 *   <li>MORTGAGE: name, unit, date (the appointment's day and time at the office), days, bank, place,
 *       documents (to bring), office, phone;</li>
 *   <li>INSTALMENT (分期付款): name, unit, number (the instalment's, from 1), date (its due date), days, amount
 *       (what is still owed of it, in figures), amountInWords (大写), office, phone;</li>
 *   <li>FOLLOW_UP_DUE (NOTE-6, to the consultant): name (the consultant's), lead, logged (their follow-ups),
 *       minimum (the office's LEAD-12 minimum, only while fewer were logged), protectedUntil, releasedOn, office,
 *       phone;</li>
 *   <li>PROTECTION_LAPSING (NOTE-6, to the consultant): name, lead, protectedUntil, releasedOn, office, phone;</li>
 *   <li>COLLISION_WAITING (NOTE-6, LEAD-5, to each PM): name (the PM's), lead, owner, challenger, follower (the
 *       rule's), office, phone;</li>
 *   <li>CLAIM_WAITING (NOTE-6, COMM-3, to each PM): name, claimant, deal, office, phone.</li>
 * </ul>
 * A template names a parameter as {@code {name}}; a part in square brackets is left out when a parameter
 * in it is not known (no amount before the subscription is signed, an office without a phone).
 */
public final class ReminderText {

    /** The Chinese defaults, used where an office has no template of its own. */
    public static final Map<ReminderKind, String> DEFAULT_TEMPLATES = defaults();

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReminderText() {
    }

    private static Map<ReminderKind, String> defaults() {
        Map<ReminderKind, String> templates = new EnumMap<>(ReminderKind.class);
        templates.put(ReminderKind.DOWN_PAYMENT, "{name}您好:您认购的{unit}首付款[{amount}({amountInWords})]将于{date}到期"
                + "(还有{days}天),请按时缴纳,并备齐按揭所需材料[:{documents}]。[{office}][ 电话{phone}]");
        templates.put(ReminderKind.MORTGAGE, "{name}您好:您认购的{unit}已预约于{date}办理按揭(还有{days}天)"
                + "[,银行:{bank}][,地点:{place}][,请携带{documents}]。[{office}][ 电话{phone}]");
        templates.put(ReminderKind.INSTALMENT, "{name}您好:您认购的{unit}第{number}期房款[{amount}({amountInWords})]将于{date}"
                + "到期(还有{days}天),请按时缴纳。[{office}][ 电话{phone}]");
        templates.put(ReminderKind.FOLLOW_UP_DUE, "{name}您好:客户{lead}该跟进了(已跟进{logged}次[,至少需{minimum}次]);"
                + "保护期至{protectedUntil},如无跟进记录,将于{releasedOn}释放。[{office}]");
        templates.put(ReminderKind.PROTECTION_LAPSING, "{name}您好:客户{lead}的保护期至{protectedUntil};如无跟进记录,"
                + "将于{releasedOn}释放,请及时跟进。[{office}]");
        templates.put(ReminderKind.COLLISION_WAITING, "{name}您好:撞单待确认,客户{lead}由{owner}登记,{challenger}再次登记;"
                + "按规则由{follower}跟进,请在系统中确认或改判。[{office}]");
        templates.put(ReminderKind.CLAIM_WAITING, "{name}您好:业绩申诉待审核,{claimant}申请成交{deal}的业绩,请在系统中审核。[{office}]");
        return Map.copyOf(templates);
    }

    /** NOTE-6: what a consultant's follow-up reminder speaks of (the minimum only while fewer were logged). */
    public static Map<String, String> followUpDue(String leadId, int logged, int minimum, LocalDate protectedUntil,
            LocalDate releasedOn) {
        Map<String, String> told = new LinkedHashMap<>();
        told.put("lead", leadId);
        told.put("logged", String.valueOf(logged));
        told.put("minimum", logged >= minimum ? "" : String.valueOf(minimum));
        told.put("protectedUntil", protectedUntil == null ? "" : protectedUntil.toString());
        told.put("releasedOn", releasedOn == null ? "" : releasedOn.toString());
        return told;
    }

    /** NOTE-6, LEAD-5: what a collision waiting for the PM speaks of (the consultants by user id, as the inbox names them). */
    public static Map<String, String> collisionWaiting(String leadId, String owner, String challenger, String follower) {
        Map<String, String> told = new LinkedHashMap<>();
        told.put("lead", orEmpty(leadId));
        told.put("owner", orEmpty(owner));
        told.put("challenger", orEmpty(challenger));
        told.put("follower", orEmpty(follower));
        return told;
    }

    /** NOTE-6, COMM-3: what a claim waiting for the PM speaks of. */
    public static Map<String, String> claimWaiting(String claimant, String dealId) {
        Map<String, String> told = new LinkedHashMap<>();
        told.put("claimant", orEmpty(claimant));
        told.put("deal", orEmpty(dealId));
        return told;
    }

    /** NOTE-6: what a consultant's reminder of a lapsing protection speaks of. */
    public static Map<String, String> protectionLapsing(String leadId, LocalDate protectedUntil, LocalDate releasedOn) {
        Map<String, String> told = new LinkedHashMap<>();
        told.put("lead", leadId);
        told.put("protectedUntil", protectedUntil == null ? "" : protectedUntil.toString());
        told.put("releasedOn", releasedOn == null ? "" : releasedOn.toString());
        return told;
    }

    /** The template parameters, in template order (see above); an unknown one is empty. */
    public static Map<String, String> params(ReminderSchedule schedule, Reminder reminder, ReminderPolicy policy) {
        ReminderSchedule.Deal deal = schedule.deal();
        OfficeTexts texts = policy.texts();
        Map<String, String> params = new LinkedHashMap<>();
        if (reminder.kind().toConsultant()) { // NOTE-6: the consultant's name, then what lead-service told
            params.put("name", schedule.recipient().name() == null ? "" : schedule.recipient().name());
            params.putAll(schedule.told());
            params.put("office", orEmpty(texts.officeName()));
            params.put("phone", orEmpty(texts.officePhone()));
            return params;
        }
        params.put("name", schedule.recipient().name() == null ? "客户" : schedule.recipient().name());
        params.put("unit", deal.unitCode() != null ? deal.unitCode() : orEmpty(schedule.unitId()));
        switch (reminder.kind()) {
            case DOWN_PAYMENT -> {
                params.put("date", schedule.downPaymentDueDate() == null ? "" : schedule.downPaymentDueDate().toString());
                params.put("days", String.valueOf(reminder.daysBefore()));
                params.put("amount", deal.downPaymentAmount() == null ? "" : ChineseAmount.inFigures(deal.downPaymentAmount()));
                params.put("amountInWords",
                        deal.downPaymentAmount() == null ? "" : ChineseAmount.withCurrency(deal.downPaymentAmount()));
                params.put("documents", orEmpty(texts.mortgageDocuments()));
            }
            case MORTGAGE -> {
                MortgageAppointment appointment = deal.mortgage();
                params.put("date", appointment == null ? "" : APPOINTMENT.format(appointment.at().atZone(policy.zone())));
                params.put("days", String.valueOf(reminder.daysBefore()));
                params.put("bank", appointment == null ? "" : orEmpty(appointment.bank()));
                params.put("place", appointment == null ? "" : orEmpty(appointment.place()));
                params.put("documents", appointment == null ? "" : String.join("、", appointment.documents()));
            }
            case INSTALMENT -> {
                Optional<Instalment> instalment = schedule.instalmentOf(reminder);
                params.put("number", instalment.map(i -> String.valueOf(i.number())).orElse(""));
                params.put("date", reminder.about() == null ? "" : reminder.about().toString());
                params.put("days", String.valueOf(reminder.daysBefore()));
                params.put("amount", instalment.map(i -> ChineseAmount.inFigures(i.owed())).orElse(""));
                params.put("amountInWords", instalment.map(i -> ChineseAmount.withCurrency(i.owed())).orElse(""));
            }
            case FOLLOW_UP_DUE, PROTECTION_LAPSING, COLLISION_WAITING, CLAIM_WAITING ->
                    throw new IllegalStateException("a member of staff's, above");
        }
        params.put("office", orEmpty(texts.officeName()));
        params.put("phone", orEmpty(texts.officePhone()));
        return params;
    }

    /** The text as the buyer reads it. */
    public static String text(ReminderSchedule schedule, Reminder reminder, ReminderPolicy policy) {
        String template = policy.texts().templates().getOrDefault(reminder.kind(), DEFAULT_TEMPLATES.get(reminder.kind()));
        return render(template, params(schedule, reminder, policy));
    }

    /** Fills {@code {param}}s; a bracketed part with a parameter that is empty or not given is left out. */
    static String render(String template, Map<String, String> params) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            boolean known = PARAM.matcher(part).results().allMatch(p -> !params.getOrDefault(p.group(1), "").isEmpty());
            optional.appendReplacement(kept, Matcher.quoteReplacement(known ? part : ""));
        }
        optional.appendTail(kept);
        return PARAM.matcher(kept).replaceAll(p -> Matcher.quoteReplacement(params.getOrDefault(p.group(1), "")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
