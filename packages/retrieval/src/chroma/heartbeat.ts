/** A heartbeat: "ok", "refused" (nothing listens: the server is gone) or "no answer" (busy, hung, or an error). */
export async function heartbeat(url: string, timeoutMs = 5000, headers: Record<string, string> = {}): Promise<"ok" | "refused" | "no answer"> {
  try {
    const response = await fetch(`${url}/api/v2/heartbeat`, { headers, signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? "ok" : "no answer";
  } catch (error) {
    return /ECONNREFUSED/.test(String((error as { cause?: { code?: string } })?.cause?.code)) ? "refused" : "no answer";
  }
}
