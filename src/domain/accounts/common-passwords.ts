// Passwords an attacker tries first: a list shipped offline, and those made of one character repeated.
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The 49,233 most common passwords of public breaches, as zxcvbn-ts ships them (MIT licence, package
 * @zxcvbn-ts/language-common); compared in lower case, built once on first use.
 */
let common: Set<string> | undefined;

/** Whether `password` is a common or breached-looking password, or one character repeated ("aaaaaaaaaa"). */
export function isGuessablePassword(password: string): boolean {
  if (/^(.)\1*$/su.test(password)) return true;
  common ??= new Set((dictionary["passwords-common"] as string[]).map((entry) => entry.toLowerCase()));
  return common.has(password.toLowerCase());
}
