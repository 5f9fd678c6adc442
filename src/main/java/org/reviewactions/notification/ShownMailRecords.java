package org.reviewactions.notification;

import java.util.Collection;
import java.util.Set;

/**
 * A module that shows the e-mails sent about its actions (the action page's story) says which actions still show
 * them; {@link MailRecordCleanup} keeps those actions' e-mail records whatever their age.
 */
public interface ShownMailRecords {

  /** Of these action ids, those whose e-mail records a page still shows. */
  Set<Long> stillShown(Collection<Long> actionIds);
}
