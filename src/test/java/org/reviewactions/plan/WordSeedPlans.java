package org.reviewactions.plan;

import static org.reviewactions.plan.WordDocs.bold;
import static org.reviewactions.plan.WordDocs.boldThenBreak;
import static org.reviewactions.plan.WordDocs.bullets;
import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.doc;
import static org.reviewactions.plan.WordDocs.header;
import static org.reviewactions.plan.WordDocs.headed;
import static org.reviewactions.plan.WordDocs.row;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 004 (Kingston LSCB, Serious Case Review Baby A, action plan as at 1 July 2006) as the board's Word
 * document lays it out: a table per page with the header row repeated, pages without it, a page whose
 * table has the numbers in a column of their own, agency headings in bold (some underlined, some on a
 * line of their own, some followed by a line break), bullet points, several actions per row written as
 * paragraphs, rows broken across pages. The text is the seed's. Where the published text shows a line
 * wrapped inside one name ("Detective Inspector Child / Abuse Investigation Team") the name is on one
 * line, as Word wrapped it.
 */
final class WordSeedPlans {

  static final String HEAD = "Directorate Head of Children's Services and Safeguarding";

  private WordSeedPlans() {}

  private static WordDocs.Cell[] kingstonHeader() {
    return header("RECOMMENDATION", "ACTION", "TIMESCALE", "RESPONSIBLE", "PROGRESS AS AT 1.7.06");
  }

  static byte[] kingstonBabyA() {
    return doc()
        .boldP("Serious Case Review Baby A – Action Plan February 2006")
        .boldP("Please note that Kingston Area Child Protection Committee (ACPC) becomes Kingston Local Safeguarding "
            + "Children Board (LSCB) from 1st April 2006.")
        .boldP("For the purpose of this action plan “dangerous adult” means someone identified by Multi-Agency Public "
            + "Protection Plan (MAPPA) as presenting a risk to children or someone who a Child Protection Conference or "
            + "Civil Care Proceedings alleges presents a risk to children.")
        .boldP("For ease of reference the recommendations in the Action Plan are numbered to match the numbering of the "
            + "recommendations in the Executive Summary")
        .table(kingstonHeader(),
            row(boldThenBreak("LSCB", "The report makes recommendations for individual agencies. In addition Kingston "
                + "LSCB makes the following recommendation for the LSCB"), c(""), c(""), c(""), c("")),
            row(c("LSCB will disseminate the executive summary of the Serious Case Review, the analysis and learning and "
                    + "the recommendations along with the action plan to all relevant governance bodies and to all "
                    + "relevant staff"),
                bullets("Executive Summary written", "Action Plan written",
                    "Report taken to elected members, relevant boards and other governance bodies within agencies.",
                    "Report distributed and training planned so lessons are learned"),
                c("March – Sept 2006"), c("LSCB agency members"),
                bullets("Executive Summary and Action Plan sent to LSCB members",
                    "Report approved by members and Health Boards", "Training Plan established")),
            row(c("The LSCB inter-agency training programme will address obtaining full information, assessment, "
                    + "vulnerability of asylum seeking families with no legal status in this country, domestic violence "
                    + "and its relation to child abuse and accurate recording of events, decisions made, managers "
                    + "involvement and the reason behind decisions"),
                c("Effective and appropriate training programme"), c("April 2006-March 2007 monitored quarterly by LSCB"),
                c("LSCB Training Sub-Group reporting to the LSCB"),
                bullets("All addressed in the Training Plan", "Establish numbers trained by 30 September")),
            row(c("LSCB will make available to all member agencies the Domestic Violence Policy of Kingston Primary Care "
                    + "Trust. All agencies will use this model to review their D.V. Policy"),
                bullets("PCT to circulate updated policy", "Agencies to consider integrating into their own policy"),
                c("September 2006"), c("LSCB agency members"), bullets("PCT Policy distributed to all agencies")))
        .table(kingstonHeader(),
            row(c("ASKK Kingston's Information Sharing System will electronically flag \"dangerous adults\" and ensure "
                    + "this information is available to all LSCB member agencies.",
                    "As an interim measure manual records of \"dangerous adults\" are shared across police, RBK Housing, "
                    + "RBK Children and Family Services, PCT and Hospital"),
                c("ISA operational with necessary flagging option", "Information shared"),
                c("May 2006", "March 2006"), c(HEAD, "As above"),
                bullets("Manual system established", "ICS solution will identify \"Dangerous Adults.....\"")),
            row(headed("Children's Services RBK",
                    "3.3 Children's Services Management Report identified the following areas for action:",
                    "3.3.1 The Context within which staff were working from 2002-2004 was one of staff shortages, "
                        + "temporary agency staff and temporary managers. This situation was prevalent across London at "
                        + "that time.",
                    "3.3.2 In April 2004, the council introduced a comprehensive recruitment strategy to address the "
                        + "issue and significantly reduce the number of agency staff.",
                    "3.3.3 It was also recognised that a succession of agency temporary managers within the Initial "
                        + "Response Team did not provide the desired level of support and challenge required for child "
                        + "protection work."),
                c("Recruitment Strategy and Restructuring has taken place"), c("April 2003 – Dec 2005"), c(HEAD),
                bullets("The Trainee Social Work scheme has resulted in improved staff recruitment and stability within "
                        + "the Teams across the Division",
                    "The Safeguarding Team has been restructured and now includes 1 Team Manager and 4 Practice "
                        + "Advisers - all of whom are permanent and qualified",
                    "All remaining Safeguarding posts are filled with qualified social workers with the exception of 1 "
                        + "locum post",
                    "All other posts within Children's Services and Safeguarding are filled with qualified workers, "
                        + "apart from 1 locum in the LAC team, which is set against the long term absence of a permanent "
                        + "member of staff")))
        .table(kingstonHeader(),
            row(c("3.3.4 As a result the division restructured in 2005 to create one bigger and more robust Safeguarding "
                    + "Service from two previous social work teams – the Initial Response Team and the Family Support "
                    + "Team.",
                    "3.3.5 The current structure has one very experienced team manager and there are currently only "
                        + "three agency staff and no vacancies. Recent recruitment means that all three temporary staff "
                        + "will be replaced by permanent staff by February 2006.",
                    "3.3.6 This structure, with experienced management and few temporary staff, will strengthen "
                        + "supervision arrangements.",
                    "3.3.7 Since December 2003 Children’s Services have extended child protection monitoring "
                        + "arrangements to ensure that all strategy meetings are fully recorded and logged. A signed copy "
                        + "of every police consultation form, strategy discussion record and core group minutes is "
                        + "reviewed by the child protection service manager and any concerns or omissions immediately "
                        + "followed up."),
                c("Improved Monitoring Arrangements"), c("December 2006"), c("As above"),
                c("All completed and audited via Police Liaison Meetings and Section Managers Group")),
            row(c("3.3.9", "i. Training in child protection and assessment will highlight the vulnerability of families "
                    + "with no legal status in this country. Existing staff will be made aware as a result of this "
                    + "review."),
                c("LSCB inter-agency training programme will address this issue – see LSCB above"),
                c("April 2006-March 2007 monitored on a quarterly basis."), c("LSCB Training Sub-Group reporting to LSCB."),
                c("In Training Plan")))
        .table(
            row(c("ii."), c("The case file audit process will be reviewed to ensure complete and accurate recording of all "
                    + "case work activity."), c("Monthly file audit completed by senior managers."),
                c("January 2006 onwards."), c(HEAD + "."), bullets("Extended file audit undertaken")),
            row(c("iii."), c("The Domestic Violence Policy for the council as a whole will be reviewed in the light of "
                    + "the new legislation – Adoption and Children Act 2002."),
                c("All LSCB agencies will review their DV policy and update in line with Kingston Primary Care Trust "
                    + "policy."), c("September 2006."), c("As above."),
                bullets("Review outcomes by Nov 2006", "PCT Policy shared", "DV Sub Group reviewing by September")),
            row(c("iv."), c("The need for social workers to obtain objective evidence of what parents tell them in the "
                    + "context of child protection work will be emphasised throughout the department. This will be "
                    + "incorporated into all training on assessment, and raised as a supervision issue for all "
                    + "managers. Case conference chairs will be alerted to this issue."),
                c("Assessment Training for all social workers will include the need to evidence what parents tell "
                    + "them in the context of child protection work."), c("April 2006 to March 2007."), c("As above."),
                bullets("Assessment Training in place")),
            row(c("v."), c("The implementation of an electronic Information Sharing and Assessment (ISA) system will "
                    + "ensure that “dangerous adults” are identified, and identified as a risk if they appear in "
                    + "subsequent families."),
                c("Complete negotiations with ISA provider. System active and able to flag “dangerous adults”."),
                c("May 2006."), c("As above."), bullets("Addressed via ICS")),
            row(c("vi."), c("A synopsis of this case along with lessons learned and the recommendations and action plan "
                    + "will be made available to all social care staff within the directorate and to key colleagues "
                    + "across the council."),
                c("Case synopsis available and distributed. Recommendations in all relevant training programmes."),
                c("March 2006."), c("Chair of LSCB."),
                bullets("Commission independent report for website for September 2006")))
        .table(kingstonHeader(),
            row(c("3.3.13 As part of the Council's implementation of Information Sharing and Assessment (ISA) "
                    + "requirements it has entered a development partnership with Liquid Logic (IT Solutions Company) "
                    + "to develop an electronic system that will:",
                    "a) Ensure systematic information gathering, checking and cross referencing at the first point of "
                        + "contact",
                    "b) Flag individuals who are known to pose a risk to children or young people",
                    "c) Link to the council's and other partners' databases and client record systems to facilitate "
                        + "improved identification and referral of children who may be vulnerable"),
                c("Further training for Initial Contact Co-ordinators Check-lists will be provided. The vulnerability of "
                    + "families with no legal status will be highlighted. See 3.3.9 (v)", "See 3.3.9 (v)"),
                c("April – Sept 2006", "May 2006", "As above"), c(HEAD, "As above", "As above"),
                bullets("Addressed via ICS Oct/Nov 2006", "As above", "As above")),
            row(c("3.3.14 Pending the introduction of this system arrangements have been put in place to ensure that "
                    + "housing colleagues check all new entrants (in the categories a - c below) to their system against "
                    + "the local authority's existing social services database. Two dedicated ICC co-ordinators have "
                    + "been identified to research any families where a previous or known concern has been identified.",
                    "a) Ineligible households *", "b) Victims of domestic violence", "c) Intentionally homeless households *"),
                c("Interim manual records of \"dangerous adults\" are shared across Police, RBK Housing, RBK Children's "
                    + "Services, Kingston Hospital and the PCT"),
                c("March 2006 – introduction of ISA electronic system in May 2006. To be monitored at LSCB meeting in "
                    + "June 2006"),
                c("LSCB Agency Member"),
                bullets("Manual system established", "Procedure agreed and implemented",
                    "Electronic solution addressed via ICS")))
        .table(kingstonHeader(),
            row(c("3.3.15 Interim arrangements are now in place to ensure that all those households referred under "
                    + "Section 213A of Homelessness Act 2002 are considered by the social work team for an Initial "
                    + "Assessment.",
                    "3.3.17 The RBK Children's Services Review in relation to the lessons learned from the work with Ms B "
                        + "and Baby A made the following recommendations:",
                    "i. Liquid Logic ISA system will be implemented by April 2006. Interim arrangements for sharing "
                        + "information between Children and Family Services and Housing are in place from January 2006.",
                    "ii. Further training in child protection and assessment for the ICC co-ordinators will highlight "
                        + "the vulnerability of families with no legal status in this country.",
                    "iii. ASKK (Kingston's Information Sharing System) Training will be provided for all Housing Officers",
                    "The protocol with the Housing Department in respect of the section 213A referrals Social Services "
                        + "under the Homelessness Act 2002 will be revised, specifying the assessment arrangements and "
                        + "assistance to be provided by Social Services under the relevant legislation (e.g. Children "
                        + "Act, National Assistance Act, Community Care legislation etc.)"),
                c("Interim arrangements in place. Joint protocol to be revised between Children's Services and Housing "
                    + "with appropriate training", "See 3.3.9 (v)", "See 3.3.9 (v)",
                    "ASKK Development Team Manager will provide training specifically for Housing Officers\nAs above"),
                c("March- Sept 2006", "May 2006", "April - Sept 2006", "April 2006", "March – Sept 2006"),
                c(HEAD, HEAD, HEAD, HEAD, HEAD + "\nHead of Housing"),
                bullets("All cases considered for Initial Assessment", "LL ICS system now due to \"to live\" Oct/Nov 2006",
                    "ASKK Co-ordinators receive CP Training in which legal status issues being developed",
                    "ASKK Training complete")))
        .table(kingstonHeader(),
            row(headed("Housing RBK",
                    "3.4 The RBK Housing Services in its Review identified the following recommendations:",
                    "3.4.1 A joint protocol plus training be developed in respect of the section 213A referrals Housing "
                        + "is required to make to Social Services under the Homelessness Act 2002 specifying the "
                        + "assessment arrangements and assistance to be provided by Social Services under the relevant "
                        + "legislation (e.g. Children Act, National Assistance Act, Community Care legislation etc.)",
                    "3.4.2 A protocol plus training be developed for Housing Staff to email Social Services the "
                        + "household details of all families presenting to Housing for the first time including, where "
                        + "possible, the names of estranged father/s of children in the household and any former "
                        + "partners. Given the scale of this task with approximately 1,000 new approaches to Housing from "
                        + "families each year, priority to be given initially to:",
                    "a. Ineligible households *", "b. Victims of domestic violence",
                    "c. Intentionally homeless households *",
                    "d. Other cases where there are particular concerns or extra vulnerability factors.",
                    "* These cases are also subject to Section 213A referrals",
                    "The protocol would need to specify the timescales within which Social Services will respond, with "
                        + "specified same day"),
                c("Protocol developed involving senior managers across Children's Services and Housing",
                    "Training programme for relevant staff agreed"),
                c("March – Sept 2006", "September 2006"),
                c("Head of Housing\n" + HEAD, "Head of Housing\n" + HEAD),
                bullets("Joint Protocol in place", "Completed")))
        .p("")
        .table(
            row(bold("Police", "3.5 The Police identified two recommendations:",
                    "3.5.1 The Borough Commander should explore innovative ways to increase the funding of the Domestic "
                        + "Violence Crisis Intervention worker and thus extend the working hours",
                    "3.5.2 The Child Abuse Investigation Team must put in place a system to ensure doctors' and "
                        + "specialists' reports are registered and brought to the attention of the officer in the case."),
                c("System in place"), c("September 2006", "March 2006"),
                c("Borough Commander Kingston Police", "Detective Inspector Child Abuse Investigation Team"),
                bullets("This has been achieved – full time worker in place", "System in place")),
            row(c("The review made one further recommendation:",
                    "3.5.5 This Review supports the recommendations and would also propose that police investigate all "
                        + "incidents of NAI to children and that a parent's reluctance to press charges should never be a "
                        + "reason not to pursue an investigation. Clear and compelling reasons should be recorded where "
                        + "this does not take place. These should be noted at Strategy meetings and CP conferences."),
                c("This is already current policy. Any officer failing to comply would face routine disciplinary "
                    + "proceedings"),
                c("March 2006"), c("Child Abuse Investigation Team", "Command Policy Unit"), bullets("In place")))
        .table(kingstonHeader(),
            row(boldThenBreak("Kingston Hospital",
                    "3.6 Kingston Hospital in its Management Review identified three recommendations:\n"
                        + "3.6.1 The policies relating to the history taking of women presenting for maternity care "
                        + "should be reviewed in light of the fact that neither of the women involved in this case were "
                        + "proactively asked about the risk of domestic violence. Every reasonable effort should be made "
                        + "to elicit this information from all women and if this is not possible a record must be made "
                        + "of this fact. Those women identified as being at risk should be discussed at the monthly "
                        + "meeting already held with Midwives and other agencies.\n"
                        + "3.6.2 The education programme on DV should be reviewed and developed for all midwifery and A&E "
                        + "staff. This should include a link to CP issues so that staff are able to develop an awareness "
                        + "of the potential risk to children where there is a history of DV in the family."),
                c("Policies reviewed and changed", "Increased training on Domestic Violence included in training "
                    + "programme for all midwifery and Accident and Emergency staff", "Policies reviewed and changed"),
                c("April 2006", "April 2006–March 2007", "April 2006"),
                c("Director of Nursing", "Director of Nursing", "Director of Nursing"),
                c("Complete", "• DV is included as a topic for midwives on their focus training days and is also "
                    + "included in the CP talk that they receive", "• Workshops on DV have been held and well attended "
                    + "for both maternity and A&E staff", "• The new hospital wide DV policy and guidelines is now in "
                    + "circulation and has updated sections, for both maternity and A&E staff",
                    "• DV is also included in")))
        .table(
            row(c("3.6.3 A review of DV policy in A&E should take place to ensure appropriate action is taken to refer to "
                    + "Children's Services and advice given to victims. Victims of DV should be proactively asked "
                    + "whether they have children and this should be flagged up with the Named CP Nurse."),
                c(""), c(""), c(""),
                c("the CP presentation on the hospitals corporate induction day for all new staff. It is also included in "
                    + "all training sessions within the trust carried out by the NNCP",
                    "• New hospital wide DV policy and guidelines now in circulation includes updated information for "
                        + "A&E staff",
                    "• Leaflet produce specifically for A&E staff has been circulated.",
                    "• Liaison Health Visitor referral forms available in A&E for staff to complete when a DV victim "
                        + "attends and there are children in the household",
                    "• There is a flow chart available for nursing and medical staff in A&E to use when dealing with DV "
                        + "victims to ensure that the correct procedures are followed")))
        .table(kingstonHeader(),
            row(boldThenBreak("Kingston PCT",
                    "3.7 Kingston PCT in its Management Review made two recommendations:\n"
                        + "3.7.1 It is acknowledged that information regarding the fathers of babies/children may not "
                        + "always be recorded as fully as that of the mother. Therefore a recommendation to highlight in "
                        + "the KPCT Record Keeping Policy/Training to include the importance of the fathers and/or "
                        + "significant others information being recorded with as much detail as possible."),
                c("Importance of information on fathers included in KPCT record keeping training"),
                c("April 2006-March 2007"), c("Board Director for Child Protection"),
                c("Following the SCR recommendations 4 special sessions of training have been provided to look at "
                    + "improvements that could be implemented. It was made mandatory for all C&F staff to attend "
                    + "including admin staff. Staff are aware of the importance of recording as much detail as possible "
                    + "re fathers/partners etc. but under the data protection act we cannot record the fathers info on "
                    + "our computer system without consent. Some mothers will not give any information. Information is "
                    + "recorded in paper records but this makes cross checking more difficult. Staff are also aware that "
                    + "they can contact the child protection nurses at any time if they have concerns and senior staff "
                    + "will liaise on their behalf with LA. Specialist recode keeping training is being devised to be "
                    + "discipline specific instead of the previous training which covered multi")))
        .table(
            row(c("3.7.2 KPCT will continue to work in partnership with ASKK to improve inter-agency information sharing "
                    + "when dealing with people who are deemed to be a risk to children or there is suspicion of this "
                    + "being the case.\nThe review made two further recommendations:"),
                c("Information on “dangerous adults” is being shared – see above"), c("March 2006"),
                c("Board Director for Child Protection"),
                c("discipline groups", "All C&F staff of KPCT have received a information cube and cubes have been sent "
                    + "to all clinic reception areas and directors and executive team to promote the ASKK system and I "
                    + "have arranged distribution to primary care/GP's and are aware of the ASKK service. It is embedded "
                    + "in supervision and advice given by senior staff to all staff. Information sharing and ASKK "
                    + "details were discussed at the SCR training and ASKK info redistributed to reinforce routes of "
                    + "referral")),
            row(c("3.7.3 This Review supports the recommendations and would also propose that all health visitors and "
                    + "GPs are aware of the need to inform Children's Services immediately when any CP concerns are "
                    + "raised and to ensure that records reflect the action taken. Where there is a delay in passing on "
                    + "information the reasons for this should be clearly recorded.",
                    "3.7.4 The final recommendation is in relation to the Kingston Primary Care Trust:\n"
                        + "A reminder to all GPs of their duties in respect of CP issues and the completion of reports "
                        + "under Chapter 6 of the DoH Guidance: “Working Together to"),
                c("Recent policies and training have addressed these issues. There is no recent evidence of information "
                    + "not being passed on.", "The PCT to provide an education programme for GP's and other Family "
                    + "Service Practitioners on"),
                c("Ongoing", "Sept 2006 and then ongoing"),
                c("PCT Board Director with responsibility for Child Protection"),
                c("Audit of GP practices has been completed and we are currently looking at methods to deliver extra "
                    + "training re CP * see 3.7.2 re cubes",
                    "• Importance of information on fathers included in KPCT record keeping training")))
        .table(
            row(c("Safeguard Children”."), c("Domestic violence to raise awareness of domestic violence, the impact on "
                    + "children and other family members and the risk in relation to child protection."), c(""), c(""),
                bullets("Information on “dangerous adults” is being shared – see above", "Recent policies and training "
                    + "have addressed these issues. There is no recent evidence of information not being passed on")))
        .boldP("Duncan Clark")
        .boldP("Chair, Royal Borough of Kingston-upon-Thames")
        .boldP("Local Safeguarding Children’s Board")
        .boldP("July 2006")
        .bytes();
  }

  /**
   * Seed 003 (Oxfordshire SCB, Infant Y) in the columns of its spreadsheet transcription, as a Word table
   * whose Rec No and Recommendation cells are merged down over their actions, as Word authors lay out a
   * recommendation with several actions. Seed 003 itself names no responsible officers (see
   * {@link #oxfordshireInfantYAsPublished()}); the transcription added them, so this rendering takes its columns.
   */
  static byte[] oxfordshireInfantYMerged() {
    List<List<String>> records = csv("/plans/oxfordshire-infant-y.csv");
    List<WordDocs.Cell[]> rows = new ArrayList<>();
    rows.add(records.get(0).stream().map(WordDocs::c).toArray(WordDocs.Cell[]::new));
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      boolean continues = record.get(0).isBlank() && record.get(1).isBlank();
      boolean continued = r + 1 < records.size() && records.get(r + 1).get(0).isBlank() && records.get(r + 1).get(1).isBlank();
      WordDocs.Cell[] cells = new WordDocs.Cell[record.size()];
      for (int c = 0; c < record.size(); c++) {
        WordDocs.Cell cell = c(record.get(c).split("\n", -1));
        if (c < 2 && continues) {
          cell = WordDocs.merged();
        } else if (c < 2 && continued) {
          cell = cell.mergeStart();
        }
        cells[c] = cell;
      }
      rows.add(cells);
    }
    return doc().table(rows.toArray(WordDocs.Cell[][]::new)).bytes();
  }

  /** Seed 003 as published, in full: see {@link OxfordshireWordPlan}. */
  static byte[] oxfordshireInfantYAsPublished() {
    return OxfordshireWordPlan.asPublished();
  }

  private static List<List<String>> csv(String resource) {
    try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(
        new java.io.StringReader(new String(PlanTestFiles.bytes(resource), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\uFEFF", "")))) {
      return parser.getRecords().stream().map(r -> r.toList()).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
