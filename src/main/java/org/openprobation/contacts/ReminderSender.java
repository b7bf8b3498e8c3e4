package org.openprobation.contacts;

/**
 * Sends one reminder; throws when it could not be sent, and the outbox retries later. The
 * default only records that it would have sent; an SMTP sender is used when
 * {@code spring.mail.host} is configured.
 */
public interface ReminderSender {

	void send(Reminder reminder) throws Exception;

}
