package org.reviewactions.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmailPreferenceRepository extends JpaRepository<EmailPreference, String> {}
