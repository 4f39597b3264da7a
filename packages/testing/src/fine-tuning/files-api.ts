// The Files API of the loopback upstream: multipart upload with a purpose, processing status (uploaded →
// processed, or error with status_details), list, retrieve, delete and content, in the OpenAI shapes.
import type { UpstreamRoute } from "../upstream-route";
import { sendError, sendJson } from "../responses";
import { cursorPage } from "./openai-list";
import type { SimulatedClock } from "./simulated-clock";

const purposes = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] as const;

/** The `file` object, as the API returns it. */
export interface FileObject {
  id: string;
  object: "file";
  bytes: number;
  created_at: number;
  filename: string;
  purpose: string;
  status: "uploaded" | "processed" | "error";
  status_details?: string;
}

/** A stored file: the object and its bytes. */
export interface StoredFile {
  object: FileObject;
  content: Buffer;
  /** GETs left before processing finishes. */
  pollsLeft: number;
  /** Processing outcome: undefined = processed, else the status_details of the error. */
  processingError: string | undefined;
}

export interface FilesApiOptions {
  /** GETs of a file that still report `uploaded` before it is processed (0: processed at once). Default 1. */
  processingPolls?: number;
}

/** What the simulation decides about a fine-tune file's content: undefined when it is valid JSONL of objects. */
export function jsonlProblem(content: Buffer): string | undefined {
  const lines = content.toString("utf8").split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return `Invalid file format. Line ${index + 1} is not valid JSON.`;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return `Expected file to have JSONL format, where every line is a JSON dictionary. Line ${index + 1} is not a dictionary.`;
    }
  }
  return undefined;
}

export class FilesApi {
  readonly files = new Map<string, StoredFile>();
  private created = 0;
  private readonly processingPolls: number;
  private readonly forcedErrors: string[] = [];

  constructor(
    private readonly clock: SimulatedClock,
    options: FilesApiOptions = {},
  ) {
    this.processingPolls = options.processingPolls ?? 1;
  }

  /** The next uploaded file fails processing with this `status_details`. */
  failNextFile(detail: string): void {
    this.forcedErrors.push(detail);
  }

  /** Finishes processing of every uploaded file now. */
  processAll(): void {
    for (const file of this.files.values()) this.finish(file);
  }

  /** Stores a file the simulation produced (e.g. a job's results CSV). */
  addFile(filename: string, purpose: string, content: Buffer): FileObject {
    const object = this.newObject(filename, purpose, content.length);
    object.status = "processed";
    this.files.set(object.id, { object, content, pollsLeft: 0, processingError: undefined });
    return object;
  }

  routes(): UpstreamRoute[] {
    return [
      { method: "POST", pattern: /^\/files$/, fault: "files", handle: (context) => this.upload(context.request.headers["content-type"], context.body, context.response) },
      { method: "GET", pattern: /^\/files$/, fault: "files", handle: ({ response, query }) => this.list(response, query) },
      {
        method: "GET",
        pattern: /^\/files\/[^/]+\/content$/,
        fault: "files",
        handle: ({ response, path }) => {
          const file = this.lookup(response, path.split("/")[2] ?? "");
          if (!file) return;
          response.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.content.length });
          response.end(file.content);
        },
      },
      {
        method: "GET",
        pattern: /^\/files\/[^/]+$/,
        fault: "files",
        handle: ({ response, path }) => {
          const file = this.lookup(response, path.split("/")[2] ?? "");
          if (!file) return;
          if (file.pollsLeft > 0) file.pollsLeft -= 1;
          else this.finish(file);
          sendJson(response, 200, file.object);
        },
      },
      {
        method: "DELETE",
        pattern: /^\/files\/[^/]+$/,
        fault: "files",
        handle: ({ response, path }) => {
          const file = this.lookup(response, path.split("/")[2] ?? "");
          if (!file) return;
          this.files.delete(file.object.id);
          sendJson(response, 200, { id: file.object.id, object: "file", deleted: true });
        },
      },
    ];
  }

  private newObject(filename: string, purpose: string, bytes: number): FileObject {
    this.created += 1;
    return {
      id: `file-${this.created.toString(36).padStart(6, "0")}`,
      object: "file",
      bytes,
      created_at: this.clock.now(),
      filename,
      purpose,
      status: "uploaded",
    };
  }

  private finish(file: StoredFile): void {
    if (file.object.status !== "uploaded") return;
    file.pollsLeft = 0;
    if (file.processingError === undefined) {
      file.object.status = "processed";
    } else {
      file.object.status = "error";
      file.object.status_details = file.processingError;
    }
  }

  private lookup(response: Parameters<typeof sendJson>[0], id: string): StoredFile | undefined {
    const file = this.files.get(id);
    if (!file) sendError(response, 404, `No such File object: ${id}`, "invalid_request_error", null, "id");
    return file;
  }

  private list(response: Parameters<typeof sendJson>[0], query: URLSearchParams): void {
    const purpose = query.get("purpose");
    const order = query.get("order") ?? "desc";
    const files = [...this.files.values()].map((file) => file.object).filter((object) => !purpose || object.purpose === purpose);
    if (order === "desc") files.reverse();
    cursorPage(response, files, query, { defaultLimit: 10_000, maxLimit: 10_000, extra: (page) => ({ first_id: page[0]?.id ?? null, last_id: page.at(-1)?.id ?? null }) });
  }

  private async upload(contentType: string | undefined, body: unknown, response: Parameters<typeof sendJson>[0]): Promise<void> {
    if (!contentType?.startsWith("multipart/form-data") || !Buffer.isBuffer(body)) {
      sendError(response, 400, "Expected a multipart/form-data body with `file` and `purpose`.", "invalid_request_error");
      return;
    }
    // The platform's own multipart parser (undici), not a hand-written one.
    const form = await new Request("http://upload.invalid/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(body) }).formData();
    const file = form.get("file");
    const purpose = form.get("purpose");
    if (!(file instanceof File)) {
      sendError(response, 400, "Missing required parameter: 'file'.", "invalid_request_error", "missing_required_parameter", "file");
      return;
    }
    if (typeof purpose !== "string" || !(purposes as readonly string[]).includes(purpose)) {
      sendError(response, 400, `Invalid value for 'purpose': expected one of ${purposes.join(", ")}.`, "invalid_request_error", "invalid_value", "purpose");
      return;
    }
    if (purpose === "fine-tune" && !file.name.endsWith(".jsonl")) {
      sendError(response, 400, `Invalid file format for Fine-Tuning API. Must be .jsonl (got ${file.name}).`, "invalid_request_error", "invalid_file_format", "file");
      return;
    }
    const content = Buffer.from(await file.arrayBuffer());
    const object = this.newObject(file.name, purpose, content.length);
    const processingError = this.forcedErrors.shift() ?? (purpose === "fine-tune" ? jsonlProblem(content) : undefined);
    const stored: StoredFile = { object, content, pollsLeft: this.processingPolls, processingError };
    if (this.processingPolls === 0) this.finish(stored);
    this.files.set(object.id, stored);
    sendJson(response, 200, object);
  }
}
