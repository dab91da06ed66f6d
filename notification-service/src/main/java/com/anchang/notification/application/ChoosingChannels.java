package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.util.List;
import java.util.Set;

/**
 * NOTE-3: the buyer tells the office how to be reached: SMS or WeChat first (the other is the
 * fallback), the WeChat open id of the office's official account, and the channels the buyer opts out
 * of. Recorded by the deal's office (consultant or PM); the reminders not sent yet go by it.
 */
public class ChoosingChannels {

    public record Choice(Channel preferred, String wechatOpenId, Set<Channel> optedOut) {
    }

    private final ReminderScheduleRepository schedules;

    public ChoosingChannels(ReminderScheduleRepository schedules) {
        this.schedules = schedules;
    }

    public ReminderSchedule choose(Caller caller, String dealId, Choice choice) {
        if (choice.preferred() == Channel.LOCAL || (choice.optedOut() != null && choice.optedOut().contains(Channel.LOCAL))) {
            throw new InvalidInputException("channels", "a buyer chooses between SMS and WECHAT");
        }
        return ConcurrentChangeException.retrying(5, () -> {
            ReminderSchedule schedule = schedules.find(dealId)
                    .orElseThrow(() -> new NotFoundException("reminder schedule of deal", dealId));
            caller.mustSee(schedule.developerId(), schedule.officeId(), "reminder schedule of deal", dealId);
            caller.mustHold(schedule.officeId(), "record the buyer's channels", Caller.CONSULTANT, Caller.PM);
            return schedules.save(new ReminderSchedule.Change(
                    schedule.buyerChose(choice.preferred(), choice.wechatOpenId(), choice.optedOut()), List.of()));
        });
    }
}
