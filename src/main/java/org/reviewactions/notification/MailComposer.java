package org.reviewactions.notification;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message for a notification: multipart/mixed holding a multipart/alternative (plain text, then
 * HTML) and any attachments, with From, To (with the recipient's name), Subject, Date, a Message-ID derived from the
 * idempotency key (so a resend is recognisably the same message) and the headers {@value #IDEMPOTENCY_HEADER} and
 * {@value #KIND_HEADER}.
 */
@Component
class MailComposer {

  static final String IDEMPOTENCY_HEADER = "X-RAT-Idempotency-Key";
  static final String KIND_HEADER = "X-RAT-Kind";

  static {
    // Jakarta Mail 2.1 finds its stream provider with a ServiceLoader, a scan of every jar on the class path, in each
    // multipart, body part and encoded word (jakartaee/mail-api#699, #861): most of the time of composing a message.
    // Named here, the API loads the one provider that scan finds by its name instead. The name is resolved through the
    // thread's context class loader, which on every thread that sends mail (job executor, web) sees Angus Mail.
    System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  /** One for all messages: a new one per message reads the providers' files from the class path again. */
  private static final Session SESSION = Session.getInstance(new Properties());

  private final InternetAddress from;
  private final String messageIdDomain;

  MailComposer(NotificationProperties properties) {
    try {
      this.from = new InternetAddress(properties.from(), true);
      this.from.validate();
    } catch (AddressException e) {
      throw new IllegalStateException("rat.mail.from is not a valid e-mail address: '" + properties.from() + "'", e);
    }
    String address = from.getAddress();
    this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
  }

  /**
   * The message for {@code mail} with the rendered parts, dated {@code date}.
   *
   * @throws IllegalArgumentException when the recipient is missing or not an e-mail address
   */
  MimeMessage compose(MailMessage mail, MailTemplates.RenderedMail rendered, Instant date) throws MessagingException {
    MimeMessage message = new KeyedMimeMessage(SESSION, messageId(mail.idempotencyKey()));
    MimeMessageHelper helper = new SharedTypesHelper(message);
    helper.setFrom(from);
    helper.setTo(recipient(mail));
    helper.setSubject(rendered.subject());
    helper.setSentDate(Date.from(date));
    helper.setText(rendered.text(), rendered.html());
    for (MailAttachment attachment : mail.attachments()) {
      helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    message.setHeader(IDEMPOTENCY_HEADER, headerText(IDEMPOTENCY_HEADER, mail.idempotencyKey()));
    message.setHeader(KIND_HEADER, mail.kind());
    message.saveChanges();
    return message;
  }

  /**
   * The recipient as an address with the display name, checked strictly.
   *
   * @throws IllegalArgumentException naming the kind and action when the address is missing or malformed
   */
  static InternetAddress recipient(MailMessage mail) {
    String to = mail.to();
    if (to == null || to.isBlank()) {
      throw new IllegalArgumentException(
          "No recipient e-mail address for the " + mail.kind() + " e-mail about action " + mail.actionId());
    }
    try {
      InternetAddress address = new InternetAddress(to.strip(), true);
      address.validate();
      String name = mail.toName() == null ? null : mail.toName().replaceAll("[\\s\\p{Cc}\\p{Z}]+", " ").strip();
      if (name != null && !name.isEmpty()) {
        address.setPersonal(name, "UTF-8");
      }
      return address;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("Recipient '" + to + "' of the " + mail.kind() + " e-mail about action "
          + mail.actionId() + " is not a valid e-mail address", e);
    }
  }

  /** {@code <rat-<sha-256 of the key>@<domain of From>>}: the same key always gives the same Message-ID. */
  String messageId(String idempotencyKey) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<rat-" + HexFormat.of().formatHex(hash) + "@" + messageIdDomain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static String headerText(String header, String value) {
    try {
      return MimeUtility.fold(header.length() + 2, MimeUtility.encodeText(value, "UTF-8", null));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Shares one file-type map: the helper otherwise builds one per message, reading {@code mime.types} from the class
   * path. Attachments always name their content type, so the map is never consulted for them anyway.
   */
  private static final class SharedTypesHelper extends MimeMessageHelper {
    private static final FileTypeMap TYPES = defaultTypes();

    SharedTypesHelper(MimeMessage message) throws MessagingException {
      super(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
    }

    @Override
    protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
      return TYPES;
    }

    private static FileTypeMap defaultTypes() {
      ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
      types.afterPropertiesSet();
      return types;
    }
  }

  /** Keeps its Message-ID: {@code MimeMessage.saveChanges()} would otherwise replace it with a random one. */
  private static final class KeyedMimeMessage extends MimeMessage {
    private final String messageId;

    KeyedMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
