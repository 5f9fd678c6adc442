package org.reviewactions.oversight;

import java.util.List;

/**
 * Which actions a person may see on the dashboard: every action for those who oversee (board, monitoring
 * sub-group, plan managers), otherwise the actions of their own agencies and those they own.
 */
record DashboardScope(boolean everything, List<String> agencies, String userId) {}
