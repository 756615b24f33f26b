package de.kontaktcharta.source.linkedin;

import java.util.List;

/**
 * Headers of LinkedIn archive files that carry no contact evidence. They are recognised so that the
 * Summary can list them as read but not used, instead of as unknown files.
 */
public final class LinkedInOtherFiles {

  /** Each entry: the groups of alternative column names that identify one file. */
  public static final List<List<String>> HEADERS =
      List.of(
          List.of("company name", "title", "started on"), // Positions
          List.of("school name", "degree name"), // Education
          List.of("name", "proficiency"), // Languages
          List.of("content title", "content type"), // Learning
          List.of("transaction made at", "invoice number"), // Receipts
          List.of("member age|member skills", "job titles"), // Ad_Targeting
          List.of("date", "link", "message"), // Comments
          List.of("date", "type", "link"), // Reactions
          List.of("date", "sharelink"), // Shares
          List.of("organization", "followed on"), // Company Follows
          List.of("event name", "event time"), // Events
          List.of("registered at|registration date"), // Registration
          List.of("date/time", "media description|media link"), // Rich Media
          List.of("time", "search query"), // SearchQueries
          List.of("login date", "ip address"), // Logins
          List.of("endorsee first name", "endorsee last name"), // Endorsement_Given_Info
          // Contacts (uploaded address book); more than its name columns, which generic lists share
          List.of("source", "firstname", "lastname", "companies", "instantmessagehandles"),
          List.of("first name", "last name", "companies", "created at"), // Imported Contacts
          List.of("name", "url", "authority"), // Certifications
          List.of("title", "description", "url", "started on"), // Projects
          List.of("name", "published on", "publisher"), // Publications
          List.of("name", "number"), // Courses
          List.of("title", "description", "issued on"), // Honors
          List.of("company name", "role", "cause"), // Volunteering
          List.of("application date", "company name", "job title"), // Job Applications
          List.of("saved date", "job url"), // Saved Jobs
          List.of("supported cause"), // Causes You Care About
          List.of("question", "answer")); // Job Applicant Saved Answers

  /** Headers that identify a file only when they are the whole header row. */
  public static final List<List<String>> EXACT_HEADERS =
      List.of(
          List.of("name"), // Skills
          List.of("date", "status", "fullname"), // Member_Follows
          List.of("inferences", "description"));

  private LinkedInOtherFiles() {}
}
