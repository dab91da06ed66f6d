package com.anchang.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The authorization matrix of one service, generated from its own OpenAPI document: every operation
 * under {@code /api/} must have a row, so a new endpoint cannot escape it, and every row is run as
 * every member of a fixed cast ({@link Who}): without a token, with an expired token, with a token
 * signed by a foreign key, as staff of another developer, of another office of the same developer,
 * as the platform administrator, and as each role of the home office, including a consultant on a
 * colleague's object.
 * <p>Unless a row says otherwise: no valid token → 401; another developer, another office, the
 * platform administrator → 404 (the object's existence is not leaked); a home-office role the row
 * does not allow → 403; an allowed one → the row's success status.
 * <p>Fixtures live in {@link #HOME_DEVELOPER}/{@link #HOME_OFFICE} and belong to {@link #OWNER}. Each
 * cell asks the row for its request afresh, so a row that changes state makes a fresh object per cell.
 * <p>A read of an office as a whole ({@link Row#officeScoped}) is also run as the head office of another
 * developer on the active home office and on an {@linkplain #IDLE_OFFICE idle} one, and as both head offices
 * on an {@linkplain #UNKNOWN_OFFICE unknown} office id: 404 {@code office} every time, the idle and the active
 * office answered alike, so whether an office holds anything does not leak (ADR 32).
 */
public final class AuthorizationMatrix {

    public static final String HOME_DEVELOPER = "dev-home";
    public static final String HOME_OFFICE = "office-home";
    public static final String AWAY_OFFICE = "office-away";
    public static final String OTHER_DEVELOPER = "dev-other";
    public static final String OTHER_DEVELOPERS_OFFICE = "office-elsewhere";
    /** An office of the home developer that holds nothing, known to the service's office directory. */
    public static final String IDLE_OFFICE = "office-idle";
    /** An office id nobody opened. */
    public static final String UNKNOWN_OFFICE = "office-unknown";
    /** The cells an {@linkplain Row#officeScoped office-scoped} row adds to the cast's. */
    public static final int OFFICE_CELLS = 4;
    /** The consultant who owns the home fixtures. */
    public static final String OWNER = "u-owner";

    private static final String[] OFFICE_ROLES = {"CONSULTANT", "SALES_CONTROL", "FINANCE", "PM"};

    /** The cast every row is run as. */
    public enum Who {
        NO_TOKEN, EXPIRED_TOKEN, FOREIGN_KEY_TOKEN,
        OTHER_DEVELOPER, OTHER_OFFICE, PLATFORM_ADMIN,
        OWNER_CONSULTANT, COLLEAGUE_CONSULTANT, SALES_CONTROL, FINANCE, PM, HEAD_OFFICE;

        /** Members with a valid token of the home developer's home office (or head office). */
        public boolean insider() {
            return ordinal() >= OWNER_CONSULTANT.ordinal();
        }

        public TestTokens.Staff staff() {
            return switch (this) {
                case NO_TOKEN, EXPIRED_TOKEN, FOREIGN_KEY_TOKEN, OWNER_CONSULTANT ->
                        TestTokens.staff(OWNER, HOME_DEVELOPER).at(HOME_OFFICE, "CONSULTANT");
                case COLLEAGUE_CONSULTANT -> TestTokens.staff("u-colleague", HOME_DEVELOPER).at(HOME_OFFICE, "CONSULTANT");
                case SALES_CONTROL -> TestTokens.staff("u-sales-control", HOME_DEVELOPER).at(HOME_OFFICE, "SALES_CONTROL");
                case FINANCE -> TestTokens.staff("u-finance", HOME_DEVELOPER).at(HOME_OFFICE, "FINANCE");
                case PM -> TestTokens.staff("u-pm", HOME_DEVELOPER).at(HOME_OFFICE, "PM");
                case HEAD_OFFICE -> TestTokens.staff("u-head-office", HOME_DEVELOPER).withRoles("HEAD_OFFICE");
                case OTHER_OFFICE -> TestTokens.staff("u-away", HOME_DEVELOPER).at(AWAY_OFFICE, OFFICE_ROLES);
                case OTHER_DEVELOPER -> TestTokens.staff("u-elsewhere", AuthorizationMatrix.OTHER_DEVELOPER)
                        .at(OTHER_DEVELOPERS_OFFICE, OFFICE_ROLES).withRoles("HEAD_OFFICE");
                case PLATFORM_ADMIN -> TestTokens.staff("u-platform-admin", null).withRoles("PLATFORM_ADMIN");
            };
        }

        /** The access token this member sends (signed by {@link TestTokens}), or null for none. */
        public String bearer() {
            return switch (this) {
                case NO_TOKEN -> null;
                case EXPIRED_TOKEN -> staff().expiredToken();
                case FOREIGN_KEY_TOKEN -> staff().foreignToken();
                default -> staff().token();
            };
        }
    }

    /** One request of a cell. @param body null for none, else sent as JSON */
    public record Request(String method, String path, Object body) {

        public static Request get(String path) {
            return new Request("GET", path, null);
        }

        public static Request post(String path, Object body) {
            return new Request("POST", path, body);
        }
    }

    /** What a cell must answer. */
    public record Expected(int status, Consumer<TestHttp.Answer> check) {
    }

    /** One operation of the document and how each member must be answered. */
    public final class Row {

        private final String operation;
        private final Function<Who, Request> request;
        private final Map<Who, Expected> expected = new EnumMap<>(Who.class);
        private Function<String, Request> forOffice;

        private Row(String operation, Function<Who, Request> request) {
            this.operation = operation;
            this.request = request;
            for (Who who : Who.values()) {
                expected.put(who, new Expected(switch (who) {
                    case NO_TOKEN, EXPIRED_TOKEN, FOREIGN_KEY_TOKEN -> 401;
                    case OTHER_DEVELOPER, OTHER_OFFICE, PLATFORM_ADMIN -> 404;
                    default -> 403;
                }, answer -> { }));
            }
        }

        /** These members succeed with this status. */
        public Row allows(int status, Who... members) {
            for (Who who : members) {
                expected.put(who, new Expected(status, answer -> { }));
            }
            return this;
        }

        /** One member gets this status, and its answer passes the check. */
        public Row expects(Who who, int status, Consumer<TestHttp.Answer> check) {
            expected.put(who, new Expected(status, check));
            return this;
        }

        /**
         * The row reads an office as a whole: the same request for another office id, for the cells
         * of the head office of another developer and of an unknown office (see the class comment).
         */
        public Row officeScoped(Function<String, Request> forOffice) {
            this.forOffice = forOffice;
            return this;
        }

        public AuthorizationMatrix and() {
            return AuthorizationMatrix.this;
        }
    }

    /** One extra cell of an office-scoped row: who asks, of which office. */
    private record OfficeCell(Who who, String officeId) {

        static final List<OfficeCell> ALL = List.of(new OfficeCell(Who.OTHER_DEVELOPER, HOME_OFFICE),
                new OfficeCell(Who.OTHER_DEVELOPER, IDLE_OFFICE), new OfficeCell(Who.OTHER_DEVELOPER, UNKNOWN_OFFICE),
                new OfficeCell(Who.HEAD_OFFICE, UNKNOWN_OFFICE));

        String label() {
            return (who == Who.OTHER_DEVELOPER ? "OTHER_DEVELOPERS_HEAD_OFFICE" : who.name()) + "@"
                    + switch (officeId) {
                        case HOME_OFFICE -> "active";
                        case IDLE_OFFICE -> "idle";
                        default -> "unknown";
                    };
        }
    }

    private final TestHttp http;
    private final Function<Who, String> bearer;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** With the tokens of {@link TestTokens} (a service configured by {@link ServiceIntegrationTest}). */
    public AuthorizationMatrix(TestHttp http) {
        this(http, Who::bearer);
    }

    /**
     * With tokens from elsewhere (identity-service signs in its own cast).
     *
     * @param bearer the access token a member sends, null for none
     */
    public AuthorizationMatrix(TestHttp http, Function<Who, String> bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    /**
     * @param operation as the OpenAPI document has it: method and path template, e.g. {@code "GET /api/leads/{leadId}"}
     * @param request the request of a cell, made afresh for each member
     */
    public Row row(String operation, Function<Who, Request> request) {
        Row row = new Row(operation, request);
        rows.put(operation, row);
        return row;
    }

    /**
     * Checks that the rows are exactly the document's {@code /api/} operations, runs every cell, and
     * fails listing every cell that answered otherwise.
     *
     * @return the number of cells run
     */
    public int verify() {
        assertThat(rows.keySet()).as("rows of the authorization matrix vs. the operations of /v3/api-docs")
                .containsExactlyInAnyOrderElementsOf(documentedOperations());
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("authorization matrix\n");
        int cells = 0;
        for (Row row : rows.values()) {
            table.append(row.operation);
            for (Who who : Who.values()) {
                TestHttp.Answer answer = send(row.request.apply(who), who);
                Expected expected = row.expected.get(who);
                cells++;
                table.append(' ').append(who).append('=').append(answer.status());
                if (answer.status() != expected.status()) {
                    failures.add(row.operation + " as " + who + ": expected " + expected.status() + ", got "
                            + answer.status() + " " + answer.text());
                    continue;
                }
                try {
                    expected.check().accept(answer);
                } catch (AssertionError e) {
                    failures.add(row.operation + " as " + who + ": " + e.getMessage());
                }
            }
            if (row.forOffice != null) {
                cells += verifyOffices(row, table, failures);
            }
            table.append('\n');
        }
        System.out.println(table.append(cells).append(" cells, ").append(failures.size()).append(" failed"));
        assertThat(failures).as("cells of the authorization matrix that answered otherwise").isEmpty();
        return cells;
    }

    private TestHttp.Answer send(Request request, Who who) {
        String token = bearer.apply(who);
        return http.call(request.method(), request.path(), request.body(),
                token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    private int verifyOffices(Row row, StringBuilder table, List<String> failures) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (OfficeCell cell : OfficeCell.ALL) {
            TestHttp.Answer answer = send(row.forOffice.apply(cell.officeId()), cell.who());
            table.append(' ').append(cell.label()).append('=').append(answer.status());
            if (answer.status() != 404 || !"office".equals(answer.map().get("kind"))) {
                failures.add(row.operation + " as " + cell.label() + ": expected 404 office, got " + answer.status()
                        + " " + answer.text());
            }
            if (cell.who() == Who.OTHER_DEVELOPER) {
                answers.put(cell.label(), answer.status() + " " + answer.text().replace(cell.officeId(), "{officeId}"));
            }
        }
        if (answers.values().stream().distinct().count() > 1) {
            failures.add(row.operation + ": the head office of another developer is answered differently by an "
                    + "active, an idle and an unknown office: " + answers);
        }
        return OfficeCell.ALL.size();
    }

    @SuppressWarnings("unchecked")
    private Set<String> documentedOperations() {
        TestHttp.Answer document = http.get("/v3/api-docs");
        assertThat(document.status()).as("the OpenAPI document").isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        Map<String, Object> paths = (Map<String, Object>) document.map().get("paths");
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                ((Map<String, Object>) item).keySet().stream()
                        .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                        .forEach(method -> operations.add(method.toUpperCase() + " " + path));
            }
        });
        assertThat(operations).as("operations under /api/ in the OpenAPI document").isNotEmpty();
        return operations;
    }
}
