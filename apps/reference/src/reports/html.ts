// HTML helpers shared by the web pages (server/page.ts) and the HTML reports (reports/html-report.ts).

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A whole HTML document: UTF-8, a viewport for phones, the (escaped) title, then `head` and `body` as given. */
export function htmlDocument(options: { title: string; head: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${options.head}
</head>
<body>
${options.body}
</body>
</html>
`;
}
