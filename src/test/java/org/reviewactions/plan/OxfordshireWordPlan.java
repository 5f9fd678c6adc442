package org.reviewactions.plan;

import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.doc;
import static org.reviewactions.plan.WordDocs.merged;
import static org.reviewactions.plan.WordDocs.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Seed 003 (Oxfordshire SCB, Serious Case Review Infant Y) as the board's Word document lays it out: the
 * overview's recommendations in one table, each naming the agencies' IMR actions that carry it out ("Actions:
 * 4,9,10"), the number and recommendation merged down over its agencies, a second series ("No. | Reminder of
 * practice") in the same table; then a table per agency of its IMR actions headed by the agency's name (the
 * first under a row "Agency" and an underlined title spanning the table), two of them running on to a second
 * page in a table without the header row, whose first row is empty. Oxford Health's and Children's Social
 * Care's tables end with rows restating overview recommendations ("Overview recommendation", "Overview
 * report:" merged down over three rows). The text is the seed's.
 *
 * <p>Seed 003 names no one responsible. {@link #withOfficers()} adds the one column the seed lacks, "Lead
 * officer", holding the roles its spreadsheet transcription gives each agency's actions; {@link #asPublished()}
 * is the seed without it.
 */
final class OxfordshireWordPlan {

  static final String REC_1 = "All agencies need to be reminded that when dealing with adults who have identified "
      + "mental health needs, consideration must be given to the wellbeing and safety of any children and the "
      + "potential impact on parenting capacity of the parent/carer and information is to be shared to prevent a "
      + "child being at risk of significant harm";
  static final String REC_2 = "OSCB to require all agencies involved in Section 47 investigations to jointly review "
      + "and re-assess new information as it emerges throughout the investigation and have the ability to escalate "
      + "concerns if necessary.";
  static final String REC_3 = "The OSCB should ensure that a monitoring framework is in place to evidence and report "
      + "the progress in relation to the implementation of the recommendations in this report and monitor how Board "
      + "agencies will evidence the impact of lessons learned from this Serious Case Review.";
  static final String MONITORING = "The Quality Assurance and Audit Subgroup clarified its role in relation to the "
      + "SCR Standing subgroup. Where monitoring of actions leads to concerns these are then raised at the SCR Panel "
      + "for agency challenge. This is recorded in the minutes.";
  static final String REMINDER_1 = "Child and Family Services to be reminded of the importance of recording details "
      + "of anonymous referrals in accordance with existing procedures and ensuring the child is seen";
  static final String REMINDED = "This matter was dealt with at the time and Children's Social Care is in the process "
      + "of implementing a reminder for all staff.";

  private static final String[] IMR_HEADINGS = {"Action No", "Recommendation", "Projected Outcome", "Status"};
  private static final String LEAD_OFFICER = "Lead officer";
  private static final String SOCIAL_CARE_OFFICER = "Deputy Director Children's Social Care";

  private static final String[][] PCT = {
      {"PCT/Oxford Health",
          "1",
          "Oxfordshire PCT will undertake a comprehensive audit of safeguarding practice across all "
          + "primary health care teams by October 2011.",
          "All PCTs will establish a baseline for safeguarding practice and identify a prioritised "
          + "safeguarding action plan",
          "Completed"},
      {"Oxfordshire PCT/ORH",
          "2",
          "All paediatric referrals for a child protection assessment, or for referrals whereby "
          + "Safeguarding emerges as a feature of the assessment, will be discussed with at least one other "
          + "experienced paediatrician to commence immediately.",
          "There will be a reduction in the possible risk that an incorrect assessment of Non-accidental "
          + "Injury (NAI) is made by a paediatrician",
          "Completed"},
      {"Oxfordshire PCT/all NHS provider trusts",
          "3",
          "All safeguarding training to include the significance of bruising in babies less than 1 year. "
          + "Assurance this has been implemented will be by September 2011.",
          "There will be fewer babies \"missed\" who have been injured as a result of NAI",
          "Completed"},
      {"Oxfordshire PCT/All Provider Trusts",
          "4",
          "All safeguarding training to include the importance of professional challenge in all "
          + "discussions and decision making.",
          "All agencies and staff regardless of professional status have \"permission\" to challenge the "
          + "decision making of another agency, thus reducing any chance of \"group thinking\" or "
          + "missed/misinformation. This message will be clearly included in all safeguarding training.",
          "Completed"},
  };

  private static final String[][] POLICE = {
      {"Thames Valley Police",
          "1",
          "Thames Valley Police to circulate a bulletin to all staff investigating crime reminding them "
          + "to ensure that full checks are completed on all parties in a timely fashion and that a record "
          + "of their completion and the results is made.",
          "Compliance with TVP standard operating procedure.",
          "Completed"},
      {"Thames Valley Police",
          "2",
          "Thames Valley Police to review the initial training of new officers (Initial Police Learning "
          + "and Development Programme) and the 'Streetcraft' to ensure that the established risk "
          + "indicators of abuse are covered.",
          "Increased confidence amongst front line staff in recognizing child abuse.",
          "Completed"},
      {"Thames Valley Police",
          "3",
          "Thames Valley Police to circulate a bulletin to staff within the Domestic Abuse Units and "
          + "uniform response officers, reminding them to fully record all actions relating to victim "
          + "support and risk assessment within the CEDAR record.",
          "Compliance with TVP Domestic Abuse Operational Guidance document.",
          "Completed"},
      {"Thames Valley Police",
          "4",
          "Thames Valley Police to request that Oxfordshire Local Safeguarding Children Board review "
          + "their local procedures to incorporate guidance on when to conduct review strategy meetings. "
          + "This is to be carried out in conjunction with Thames Valley Police.",
          "Greater use of review strategy meetings in relevant cases will improve information sharing and "
          + "decision making.",
          "Completed"},
  };

  private static final String[][] OXFORD_HEALTH = {
      {"Oxford Health",
          "1",
          "To continue to implement community health ante natal pathway in line with the Health Child "
          + "Programme (HCP) ante natal framework.",
          "To offer targeted ante natal contact to ante natal women with additional vulnerability factors "
          + "in line with ante natal framework",
          "Completed"},
      {"Oxford Health",
          "2",
          "Staff in children's universal services (health visiting) teams to undertake training in "
          + "Routine enquiry in relation to domestic abuse",
          "Routine enquiry in relation to domestic abuse in place across universal children's services",
          "Completed"},
      {"Oxford Health",
          "3",
          "Embed the Safeguarding, Assessment of Strengths, Vulnerability & Inequalities as outlined in "
          + "HCP frameworks",
          "To ensure risks and vulnerabilities are formally reviewed and used to inform care planning",
          "Completed"},
      {"Oxford Health",
          "4",
          "Continue to ensure all staff in Children's Universal services (health visiting) are aware of "
          + "roles and responsibilities within maternal mental health pathway",
          "Early identification of maternal mental health needs and support in place",
          "Completed"},
      {"Oxford Health",
          "5",
          "Training to be provided for Children's Universal Services staff to support them in having "
          + "difficult conversations with parents when abuse or neglect is suspected",
          "Practitioners have the skills and confidence to challenge families when appropriate to do so",
          "Completed"},
      {"Oxford Health",
          "6",
          "Continue to ensure robust safeguarding supervision and targeted support in place for children "
          + "universal services staff working in localities with higher numbers of vulnerable families",
          "Practitioners working on caseloads with high levels of vulnerability do not become "
          + "desensitized to levels of risk",
          "Completed"},
      {"Oxford Health",
          "7",
          "Ensure staff can recognise when and how to escalate concerns about the management of a case by "
          + "another profession or agency.",
          "Concerns about case management are appropriately addressed",
          "Completed"},
      {"Oxford Health",
          "8",
          "Ensure children who transfer in are offered any outstanding developmental reviews.",
          "Children who transfer in have their records reviewed and outstanding health needs met",
          "Completed"},
  };

  private static final String[][] OXFORD_HEALTH_PAGE_2 = {
      {"Oxford Health",
          "9",
          "For Mental Health Professionals to share information directly with Health Visitors if a parent "
          + "of a child under five experiences a significant mental health event",
          "Improved information sharing between adult mental health practitioners and health visitors "
          + "working with parents to ensure potential impact on child to be considered",
          "Completed"},
      {"Oxford Health",
          "10",
          "Former OBMH recommendation. Following a patient attendance due to self-harm, where there are "
          + "young children in the home, staff will seek the mother's permission to contact the health "
          + "visitor.",
          "Improved information sharing between adult mental health practitioners and health visitors "
          + "working with parents to ensure potential impact on child to be considered",
          ""},
      {"Overview recommendation",
          "",
          "All agencies need to be reminded that when dealing with adults who have identified mental "
          + "health needs, consideration must be given to the wellbeing and safety of any children and the "
          + "potential impact on parenting capacity of the parent/carer and information is to be shared to "
          + "prevent a child being at risk of significant harm (Ref: p.47 in overview report)",
          "",
          "Completed"},
  };

  private static final String[][] SOCIAL_CARE = {
      {"Children's Social Care",
          "1",
          "QA process re. Core assessments to improve and include: i) Check that all dimensions of the AF "
          + "are considered. ii) fathers and male carers are considered iii) Views of all involved agencies "
          + "collated and used iv) Assertions by SWs and other professionals are supported by evidence. "
          + "Training on core assessments and quality assurance of core assessments.",
          "Quality assurance of assessments Improved quality of assessment",
          "Completed"},
  };

  private static final String[][] SOCIAL_CARE_PAGE_2 = {
      {"Children's Social Care",
          "2",
          "An agreed system with Oxford Health of obtaining info on involvement with parents and children "
          + "so s47s and CA's can be informed at earliest opportunity",
          "Risk assessment of children informed by information on parental mental health",
          "Completed"},
      {"Children's Social Care",
          "3",
          "Review inter-agency understanding guidance and/ or protocols between Children's Social Care "
          + "and police when an s47 involves a serious crime.",
          "Joined up working by Thames Valley Police, Children's Social Care and Oxford University "
          + "Hospitals on serious incidents",
          "Completed"},
      {"Children's Social Care",
          "4",
          "Admin from Family Support teams are trained to provide cover for assessment teams",
          "Admin suitably trained",
          "Completed"},
      {"Children's Social Care",
          "5",
          "Merits of using 360s to be added to guidance for appraisals",
          "Improved performance feedback to appraisees",
          "Completed"},
      {"Children's Social Care",
          "6",
          "Conclusion of disciplinary to be reported to OSCB chair",
          "",
          "Completed"},
      {"Children's Social Care",
          "7",
          "Regular audit of NFAs to be undertaken and benchmarked across areas.",
          "Quality assurance of decision to take no further action",
          "Completed"},
      {"Children's Social Care",
          "8",
          "Existing agreements re sexual abuse to be extended to physical abuse i.e. CSC to contact local "
          + "paediatrician prior to medical exam.",
          "Expert oversight of medical exams",
          "Completed"},
      {"Overview report:",
          "",
          "All agencies to be reminded that when dealing with adults who have identified mental health "
          + "needs, consideration must be given to the wellbeing and safety of any children and to the "
          + "potential impact on parenting capacity of the parent/carer, and information is to be shared to "
          + "prevent a child being at risk of significant harm.",
          "Improved protection of children of adults with mental health needs",
          "Completed"},
      {"",
          "",
          "OSCB to require all agencies involved in Section 47 investigations to jointly review and "
          + "re-assess new information as it emerges throughout the investigation and have the ability to "
          + "escalate concerns if necessary.",
          "Improved multi-agency risk assessment and resolution of disputes via escalation protocol",
          "Completed"},
      {"",
          "",
          "Children's Social Care to be reminded of the importance of recording details of anonymous "
          + "referrals in accordance with existing procedures and ensuring the child is seen",
          "All staff to be fully aware of the need to record and undertake CP procedures with all "
          + "anonymous",
          "Completed"},
  };

  private static final String[][] HOSPITALS = {
      {"Oxford University Hospitals",
          "1",
          "The local guideline and checklist must be reviewed to amend/clarify the following details",
          "For guidelines and checklist for staff to be revised and in use across the divisions by April "
          + "2011",
          "Completed"},
      {"Oxford University Hospitals",
          "1.1",
          "Documentation of height weight in all children, and head circumference in those < 1 year old "
          + "must be mandatory.",
          "Assessment of all <1year olds to include weight and head circumference",
          "Completed"},
      {"Oxford University Hospitals",
          "1.2",
          "A minimum time for communication with social services must be put in place: it is suggested "
          + "that this should be a maximum of 3 working days.",
          "Reports to social services should be completed in writing within 3 working days.",
          "Completed"},
      {"Oxford University Hospitals",
          "1.3",
          "A statement that any infant under the age of 1 year who presents with bruising, soft tissue "
          + "injury or fracture should be admitted to hospital until all investigations and enquiries are "
          + "complete should be included.",
          "All infants under 1 have documentation explicitly describing the assessment, investigation and "
          + "treatment plans with regard to NAI",
          "Completed"},
      {"Oxford University Hospitals",
          "1.4",
          "The need for all cases to be discussed with at least one other experienced paediatrician must "
          + "be made clear.",
          "Documentation to clearly identify who a case has been discussed with.",
          "Completed"},
      {"Oxford University Hospitals",
          "1.5",
          "The checklist should be rewritten to reflect expectations of actions to be taken rather than a "
          + "tick list of actions taken.",
          "Checklist to be incorporated into assessment and treatment documentation",
          "Completed"},
      {"Oxford University Hospitals",
          "2",
          "Nursing admission notes for children attending Hospital with suspected non-accidental injury "
          + "should comprise a full admission as for any other child: the reason for attendance should be "
          + "reviewed with the parents, routine observations made and the child weighed.",
          "All patients attending the Hospital children's ward will have all nursing assessment "
          + "documentation completed and all Child protection cases must be discussed with a senior member "
          + "of staff.",
          "Completed"},
      {"Oxford University Hospitals",
          "3",
          "In addition to documentation in the ward book at Hospital, the fact that a child's name has "
          + "been checked to see if they are subject to a Child Protection Plan must be documented in the "
          + "child's clinical notes.",
          "Documentation to clearly identify when a CP Plan check has been made and the outcome of this "
          + "check. Boundary issues and out of county procedures to be formally reviewed and updated.",
          "Completed"},
      {"Oxford University Hospitals",
          "4",
          "Provision should be made for greater review and discussion of possible cases of non-accidental "
          + "injury at Hospital: preferably by instituting a regular multidisciplinary meeting: this will "
          + "both act as a safeguard and improve case-based learning for all.",
          "Multi-Agency Inter Professional Case Review meetings to be included monthly in calendar. Notes "
          + "and Minutes maintained as a record.",
          "Completed"},
      {"Oxford University Hospitals",
          "5",
          "Safeguarding teaching for staff on adult wards should include the need to document who is "
          + "caring for the children when adults with dependent children are admitted to hospital.",
          "All safeguarding staff training to include issues related to caring responsibilities",
          "Completed"},
  };

  private static final String[][] CHERWELL = {
      {"Cherwell District Council",
          "1",
          "It is recommended that future entries into the Housing CRM system Abrisas are written in clear "
          + "language and be capable of being understood by non-housing/specialist staff. Specifically, the "
          + "use of specialist abbreviations, jargon, initials or partial names should be avoided.",
          "All staff are clear and understand the status and progress made when working with clients.",
          "Completed"},
  };


  private OxfordshireWordPlan() {}

  static byte[] asPublished() {
    return document(false);
  }

  static byte[] withOfficers() {
    return document(true);
  }

  private static byte[] document(boolean officers) {
    WordDocs.Doc doc = doc().p("Final recommendations from Infant Y Overview report")
        .table(overview(officers))
        .table(withFirst(imr("PCT", PCT, "Designated Nurse Safeguarding Children", officers),
            blankRow(officers, "Agency"), title(officers)))
        .table(imr("Thames Valley Police", POLICE, "Detective Superintendent Protecting Vulnerable People", officers))
        .table(imr("Oxford Health", OXFORD_HEALTH, "Head of Safeguarding Children", officers))
        .table(page(OXFORD_HEALTH_PAGE_2, "Head of Safeguarding Children", officers))
        .table(imr("Children's Social Care", SOCIAL_CARE, SOCIAL_CARE_OFFICER, officers))
        .table(overviewReportMerged(page(SOCIAL_CARE_PAGE_2, SOCIAL_CARE_OFFICER, officers)))
        .table(imr("Oxford University Hospitals", HOSPITALS, "Named Doctor Safeguarding Children", officers))
        .table(imr("Cherwell District Council", CHERWELL, "Head of Housing Services", officers));
    return doc.bytes();
  }

  private static WordDocs.Cell[][] overview(boolean officers) {
    List<WordDocs.Cell[]> rows = new ArrayList<>();
    rows.add(officers ? WordDocs.header("Rec No.", "Recommendation", "IMR Agency", "IMR Action No.", LEAD_OFFICER)
        : WordDocs.header("Rec No.", "Recommendation", "IMR Agency", "IMR Action No."));
    rows.add(cells(officers, c("1").mergeStart(), c(REC_1).mergeStart(), c("Oxford Health"), c("Actions: 4,9,10"), c("")));
    rows.add(cells(officers, merged(), merged(), c("Children's Social Care"), c("Action 2"), c("")));
    rows.add(cells(officers, merged(), merged(), c("Oxford University Hospitals"), c("Action 5"), c("")));
    rows.add(cells(officers, merged(), merged(), c("Thames Valley Police"), c("Actions: 1, 3"), c("")));
    rows.add(cells(officers, c("2"), c(REC_2), c("Oxford Health"), c("Action 7"), c("")));
    rows.add(cells(officers, c("3"), c(REC_3), c("OSCB"), c(MONITORING), c("OSCB Business Manager")));
    rows.add(cells(officers, c("No."), c("Reminder of practice"), c("Agency"), c("Action No."), c("")));
    rows.add(cells(officers, c("1"), c(REMINDER_1), c("Children's Social Care"), c(REMINDED), c(SOCIAL_CARE_OFFICER)));
    return rows.toArray(WordDocs.Cell[][]::new);
  }

  /** The overview's cells, with the officer's when the document has the column. */
  private static WordDocs.Cell[] cells(boolean officers, WordDocs.Cell... cells) {
    return officers ? cells : Arrays.copyOf(cells, cells.length - 1);
  }

  private static WordDocs.Cell[][] imr(String agency, String[][] rows, String officer, boolean officers) {
    List<WordDocs.Cell[]> out = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(agency));
    header.addAll(List.of(IMR_HEADINGS));
    if (officers) {
      header.add(LEAD_OFFICER);
    }
    out.add(WordDocs.header(header.toArray(String[]::new)));
    out.addAll(List.of(body(rows, officer, officers)));
    return out.toArray(WordDocs.Cell[][]::new);
  }

  /** A table running on to the next page without the header row, its first row left empty. */
  private static WordDocs.Cell[][] page(String[][] rows, String officer, boolean officers) {
    return withFirst(body(rows, officer, officers), blankRow(officers, ""));
  }

  private static WordDocs.Cell[][] body(String[][] rows, String officer, boolean officers) {
    List<WordDocs.Cell[]> out = new ArrayList<>();
    for (String[] r : rows) {
      List<WordDocs.Cell> cells = new ArrayList<>(Arrays.stream(r).map(WordDocs::c).toList());
      if (officers) {
        cells.add(c(officer));
      }
      out.add(cells.toArray(WordDocs.Cell[]::new));
    }
    return out.toArray(WordDocs.Cell[][]::new);
  }

  /** "Overview report:" written once and merged down over the rows below it, as the seed shows it. */
  private static WordDocs.Cell[][] overviewReportMerged(WordDocs.Cell[][] rows) {
    int start = rows.length - 3;
    rows[start][0] = rows[start][0].mergeStart();
    rows[start + 1][0] = merged();
    rows[start + 2][0] = merged();
    return rows;
  }

  private static WordDocs.Cell[] blankRow(boolean officers, String first) {
    WordDocs.Cell[] cells = new WordDocs.Cell[officers ? 6 : 5];
    Arrays.fill(cells, c(""));
    cells[0] = c(first);
    return cells;
  }

  /** The underlined title across the first agency table, above its header row. */
  private static WordDocs.Cell[] title(boolean officers) {
    return row(new WordDocs.Cell(List.of(List.of(new WordDocs.Run("Individual Management Review Actions plans", false,
        true))), officers ? 6 : 5, null, List.of()));
  }

  private static WordDocs.Cell[][] withFirst(WordDocs.Cell[][] rows, WordDocs.Cell[]... first) {
    List<WordDocs.Cell[]> out = new ArrayList<>(List.of(first));
    out.addAll(List.of(rows));
    return out.toArray(WordDocs.Cell[][]::new);
  }
}
