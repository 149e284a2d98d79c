import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { blankFields, formErrorsOf } from "./problems.ts";

describe("formErrorsOf", () => {
  it("puts an error naming a field of the form beside that field", () => {
    const error = new ApiError(409, "email-taken", "taken", "email");
    expect(formErrorsOf(error, ["email", "password"])).toEqual({ fields: { email: "errors.email-taken" } });
  });

  it("puts an error without a field in the form-level alert", () => {
    const error = new ApiError(401, "invalid-credentials", "wrong");
    expect(formErrorsOf(error, ["email", "password"])).toEqual({
      fields: {},
      form: "errors.invalid-credentials",
    });
  });

  it("translates each invalid field by its validation keyword", () => {
    const error = new ApiError(400, "invalid-input", "bad", "email", [
      { field: "email", code: "format", detail: "email must be an e-mail address." },
      { field: "name", code: "minLength", detail: "name too short" },
    ]);
    expect(formErrorsOf(error, ["email", "name"])).toEqual({
      fields: { email: "validation.email", name: "validation.minLength" },
    });
  });

  it("falls back to the form when the field is not on the form", () => {
    const error = new ApiError(403, "forbidden", "no", "role");
    expect(formErrorsOf(error, ["name"])).toEqual({ fields: {}, form: "errors.forbidden" });
  });

  it("says the server is unreachable on a network failure", () => {
    expect(formErrorsOf(new ApiError(0, "network", "offline"), [])).toEqual({
      fields: {},
      form: "app.offline",
    });
  });
});

describe("blankFields", () => {
  it("flags required fields left blank, spaces included", () => {
    expect(blankFields({ email: " ", name: "Zoé" }, ["email", "name"])).toEqual({
      fields: { email: "validation.required" },
    });
    expect(blankFields({ email: "a@b.fr" }, ["email"])).toBeUndefined();
  });
});
