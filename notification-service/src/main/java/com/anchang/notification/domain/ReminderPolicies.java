package com.anchang.notification.domain;

/** Port: the reminder policy in force at an office. */
public interface ReminderPolicies {

    ReminderPolicy forOffice(String officeId);
}
