import { describe, expect, it } from "vitest";
import { isGuessablePassword } from "./common-passwords.ts";
import { checkPassword } from "./secrets.ts";

describe("isGuessablePassword", () => {
  it("finds passwords of the breach lists, whatever their case", () => {
    expect(isGuessablePassword("1234567890")).toBe(true);
    expect(isGuessablePassword("PASSWORD123")).toBe(true);
    expect(isGuessablePassword("qwertyuiop")).toBe(true);
  });

  it("finds one character repeated, accents and emoji included", () => {
    expect(isGuessablePassword("aaaaaaaaaa")).toBe(true);
    expect(isGuessablePassword("éééééééééé")).toBe(true);
    expect(isGuessablePassword("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂")).toBe(true);
  });

  it("lets a passphrase through", () => {
    expect(isGuessablePassword("correct horse battery")).toBe(false);
    expect(isGuessablePassword("aaaaaaaaab")).toBe(false);
  });
});

describe("checkPassword", () => {
  it("refuses a guessable password as weak-password on its field", () => {
    expect(() => checkPassword("aaaaaaaaaa")).toThrow(
      expect.objectContaining({ code: "weak-password", field: "password" }),
    );
    expect(() => checkPassword("correct horse battery")).not.toThrow();
  });
});
