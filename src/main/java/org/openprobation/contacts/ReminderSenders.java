package org.openprobation.contacts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The reminder sender in use: by email through SMTP when a mail server is configured
 * ({@code spring.mail.host}); otherwise one that only records what it would send. Text
 * messages need a gateway of the provider's choosing, behind the same interface.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class ReminderSenders {

	private static final Logger log = LoggerFactory.getLogger(ReminderSenders.class);

	@Bean
	ReminderSender reminderSender(ObjectProvider<JavaMailSender> mail,
			@org.springframework.beans.factory.annotation.Value("${openprobation.reminders.from:no-reply@openprobation.invalid}") String from) {
		JavaMailSender smtp = mail.getIfAvailable();
		if (smtp == null) {
			return reminder -> log.info("Reminder {} by {} recorded, not sent (no sender configured)", reminder.id(),
					reminder.channel());
		}
		return reminder -> {
			if (!"EMAIL".equals(reminder.channel())) {
				throw new IllegalStateException("No text message gateway is configured");
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(reminder.address());
			message.setSubject("Your probation appointment");
			message.setText(reminder.message());
			smtp.send(message);
		};
	}

}
