/**
 * The Luhn (mod 10) checksum of payment card numbers: from the right, double every second digit (subtracting 9
 * when the double exceeds 9); the number is valid when the sum is a multiple of 10. Written here rather than
 * imported: it is six lines, and the npm packages for it add nothing.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes and lengths of the major card networks (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay). */
export function knownCardIssuer(digits: string): string | undefined {
  const length = digits.length;
  const prefix = (size: number) => Number(digits.slice(0, size));
  if (digits.startsWith("4") && (length === 13 || length === 16 || length === 19)) return "visa";
  if (length === 16 && ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720))) return "mastercard";
  if (length === 15 && (digits.startsWith("34") || digits.startsWith("37"))) return "amex";
  if ((length === 16 || length === 19) && (digits.startsWith("6011") || digits.startsWith("65") || (prefix(3) >= 644 && prefix(3) <= 649))) return "discover";
  if (length >= 16 && length <= 19 && prefix(4) >= 3528 && prefix(4) <= 3589) return "jcb";
  if (length === 14 && (digits.startsWith("36") || digits.startsWith("38") || (prefix(3) >= 300 && prefix(3) <= 305))) return "diners";
  if (length >= 16 && length <= 19 && digits.startsWith("62")) return "unionpay";
  return undefined;
}
