import { formatBytes } from "../format-bytes";
import { type ExampleContext, isObject, typeName, withArticle } from "../example-context";

const dataUrl = /^data:([^;,]+)?(;base64)?,/;
const details = ["low", "high", "auto"];

/**
 * Content given as parts: `{type: "text", text}` or `{type: "image_url", image_url: {url, detail?}}` (M03).
 * Images (E10) only in user messages, as https or data URLs of an accepted type within the size limit.
 * Returns the number of image parts.
 */
export function checkContentParts(parts: readonly unknown[], role: string, at: string, context: ExampleContext): number {
  if (parts.length === 0) context.report("M03", at, "content is an empty array of parts");
  let images = 0;
  parts.forEach((part, index) => {
    const pointer = `${at}/${index}`;
    if (!isObject(part)) return context.report("M03", pointer, `a content part must be an object, not ${typeName(part)}`);
    if (part.type === "text") {
      if (typeof part.text !== "string") context.report("M03", `${pointer}/text`, `a text part needs string text, not ${typeName(part.text)}`);
      return undefined;
    }
    if (part.type !== "image_url") return context.report("M03", `${pointer}/type`, `content part type must be "text" or "image_url", not ${JSON.stringify(part.type)}`);
    images += 1;
    if (role !== "user") context.report("E10", pointer, `images belong in user messages only, not in ${withArticle(role)} message`);
    checkImage(part.image_url, `${pointer}/image_url`, context);
    return undefined;
  });
  return images;
}

function checkImage(image: unknown, at: string, context: ExampleContext): void {
  if (!isObject(image) || typeof image.url !== "string") {
    context.report("E10", at, `image_url must be an object with a string url, not ${typeName(image)}`);
    return;
  }
  if (image.detail !== undefined && !details.includes(image.detail as string)) {
    context.report("E10", `${at}/detail`, `detail must be low, high or auto, not ${JSON.stringify(image.detail)}`);
  }
  const url = image.url;
  const data = dataUrl.exec(url);
  if (!data) {
    if (!/^https?:\/\//.test(url)) context.report("E10", `${at}/url`, "the image url must be an https URL or a base64 data URL");
    return;
  }
  const { mimeTypes, maxBytes } = context.profile.images;
  const mime = data[1] ?? "";
  if (!mimeTypes.includes(mime)) context.report("E10", `${at}/url`, `image type ${mime || "(none)"} is not accepted (accepted: ${mimeTypes.join(", ")})`);
  if (!data[2]) context.report("E10", `${at}/url`, "the image data URL must be base64-encoded (;base64,)");
  const bytes = Math.floor(((url.length - data[0].length) * 3) / 4);
  if (bytes > maxBytes) context.report("E10", `${at}/url`, `the image is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit`);
}
