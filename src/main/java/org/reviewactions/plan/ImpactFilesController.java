package org.reviewactions.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.FileRefused;
import org.reviewactions.shared.UploadedFileCheck;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The impact assessment's files page, linked from the Assess impact form (Tasklist forms cannot upload): the task's
 * candidates upload files there before completing it; readers of the recommendation see and download them. Every
 * refusal is a page with its 4xx status naming the problem. Downloads are attachments, never rendered inline.
 */
@Controller
class ImpactFilesController {

  private static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

  private final ImpactFiles files;
  private final ZoneId zone;

  ImpactFilesController(ImpactFiles files, java.time.Clock clock) {
    this.files = files;
    this.zone = clock.getZone();
  }

  /** A listed file as the page shows it. */
  record Row(Long id, String fileName, String size, String uploadedAt, String uploadedBy) {}

  @GetMapping("/recommendations/{id}/impact/files")
  String page(@PathVariable Long id, Model model) {
    return show(files.readable(id), model, null, null);
  }

  @PostMapping("/recommendations/{id}/impact/files")
  String upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile file, Model model,
      HttpServletResponse response) throws IOException {
    Recommendation recommendation = files.readable(id);
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(recommendation, model, null, "Choose a file to upload.");
    }
    try {
      ImpactFileSummary saved = files.upload(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
      return show(recommendation, model, "Uploaded " + saved.fileName() + ". It is kept with this impact assessment.", null);
    } catch (FileRefused e) {
      response.setStatus(e.status().value());
      return show(recommendation, model, null, e.getMessage());
    }
  }

  @GetMapping("/impact-files/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable Long fileId) {
    ImpactCheckFile file = files.download(fileId);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDisposition(ContentDisposition.attachment().filename(file.getFileName(), StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    return new ResponseEntity<>(file.getContent(), headers, HttpStatus.OK);
  }

  @ExceptionHandler(ResponseStatusException.class)
  String refused(ResponseStatusException e, Model model, HttpServletResponse response) {
    response.setStatus(e.getStatusCode().value());
    model.addAttribute("message", e.getReason());
    return "impact/refused";
  }

  private String show(Recommendation recommendation, Model model, String message, String error) {
    Task task = files.openTaskFor(recommendation);
    List<Row> rows = files.filesOf(recommendation.getId()).stream().map(f -> new Row(f.id(), f.fileName(),
        UploadedFileCheck.size(f.sizeBytes()), STAMP.format(f.uploadedAt().atZone(zone)), files.uploaderName(f.uploadedBy())))
        .toList();
    model.addAttribute("recommendation", recommendation);
    model.addAttribute("review", recommendation.getReview().getTitle());
    model.addAttribute("files", rows);
    model.addAttribute("mayUpload", task != null);
    model.addAttribute("returnUrl", task == null ? null : TASKLIST_TASK + task.getId());
    model.addAttribute("maxFileSize", files.maxFileSize());
    model.addAttribute("message", message);
    model.addAttribute("error", error);
    return "impact/files";
  }
}
