// Passwords (argon2id) and opaque tokens (random, stored only as SHA-256) for sessions, resets and invitations.
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { AppError } from "../../errors.ts";
import { isGuessablePassword } from "./common-passwords.ts";

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (argon2id is the library's default algorithm). */
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** A hash of a password nobody has, so an unknown e-mail costs as much time as a known one. */
let decoyHash: Promise<string> | undefined;

export const passwordRules = { minLength: 10, maxLength: 200 };

/** Refuses passwords too short or too long to be safe, or among those tried first; says which rule failed. */
export function checkPassword(password: string, field = "password"): void {
  if (password.length < passwordRules.minLength) {
    throw new AppError(
      "weak-password",
      `The password needs at least ${passwordRules.minLength} characters.`,
      {
        field,
        details: passwordRules,
      },
    );
  }
  if (password.length > passwordRules.maxLength) {
    throw new AppError(
      "weak-password",
      `The password must have at most ${passwordRules.maxLength} characters.`,
      {
        field,
        details: passwordRules,
      },
    );
  }
  if (isGuessablePassword(password)) {
    throw new AppError(
      "weak-password",
      "This password is among the first ones attackers try (common, leaked, or one character repeated): choose another.",
      { field, details: passwordRules },
    );
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/** Verifies a password; with no stored hash, spends the same time and answers false. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
    await verify(await decoyHash, password);
    return false;
  }
  return verify(stored, password);
}

/** A fresh unguessable token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its SHA-256, so a stolen table yields no usable token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
