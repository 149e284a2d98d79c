// Request and response schemas of sign-up, sign-in, sessions, password reset and profile.
import { type Static, Type } from "@sinclair/typebox";
import { Locale, Uuid } from "./common.ts";

const Email = Type.String({ format: "email", maxLength: 254, description: "E-mail address" });
const Password = Type.String({ minLength: 1, maxLength: 200, description: "At least 10 characters" });
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const User = Type.Object({
  id: Uuid,
  email: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  anonymous: Type.Boolean({
    description: "A pseudonymous identity bound to one browser, claimable by signing up",
  }),
  locale: Locale,
});
export type UserBody = Static<typeof User>;

export const SessionBody = Type.Object({
  user: Type.Union([User, Type.Null()]),
  csrfToken: Type.String({
    description: "Send it back in the x-csrf-token header of every POST, PATCH, DELETE",
  }),
});

/** A path of this site (never another site's address): where the web app goes after a confirmation. */
const LocalPath = Type.String({ pattern: "^/(?![/\\\\])", maxLength: 500 });
export const SignUpBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Name,
    locale: Type.Optional(Locale),
    next: Type.Optional(LocalPath),
  },
  { additionalProperties: false },
);
export const SignUpConfirmBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export const SignInBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export const ResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
export const ResetConfirmBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export const AnonymousBody = Type.Object({ locale: Type.Optional(Locale) }, { additionalProperties: false });
export const ProfileBody = Type.Object(
  { name: Type.Optional(Name), locale: Type.Optional(Locale) },
  { additionalProperties: false, minProperties: 1 },
);
export const UserResponse = Type.Object({ user: User });
export const SignUpConfirmed = Type.Object({ user: User, next: Type.Union([LocalPath, Type.Null()]) });
