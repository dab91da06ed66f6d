package com.anchang.lead;

import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** What the lead-service ITs share: fresh mobiles, a registration body, head office, and requests sent at once. */
final class LeadFixture {

    /** Head office of developer dev-1. */
    static final String HEAD_OFFICE = TestTokens.staff("u-head-1", LeadStaff.DEVELOPER).withRoles("HEAD_OFFICE").token();

    private LeadFixture() {
    }

    /** A fresh mainland mobile number per test, typed the way a consultant might: 139-xxxx-xxxx. */
    static String freshMobile() {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        String digits = "139" + n;
        return digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
    }

    static String digits(String mobile) {
        return mobile.replace("-", "");
    }

    static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(9);
    }

    /** A walk-in registration body with the customer's signed consent and needs. */
    static Map<String, Object> registration(String officeId, String mobile) {
        Map<String, Object> body = new HashMap<>(Map.of("officeId", officeId, "customerName", "王先生", "mobile", mobile,
                "source", "WALK_IN"));
        body.put("consent", "SIGNED_FORM");
        body.put("budget", "3000000.00");
        body.put("layout", "3室2厅");
        body.put("area", "118.50");
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> registrationOf(Answer lead) {
        return (Map<String, Object>) lead.map().get("registration");
    }

    /** Consultants c-left and c-right of the office each send {@code request} (given their token) at the same instant. */
    static List<Answer> leftAndRightAtOnce(String officeId, Function<String, Answer> request) throws Exception {
        List<Callable<Answer>> attempts = new ArrayList<>();
        for (String who : List.of("c-left", "c-right")) {
            String token = LeadStaff.consultant(who, officeId);
            attempts.add(() -> request.apply(token));
        }
        return simultaneously(attempts);
    }

    /** Sends the requests at the same instant, one thread each, and answers their answers in order. */
    static <T> List<T> simultaneously(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> request : requests) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
