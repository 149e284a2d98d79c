// A page's title: the h1, the document title, and focus on the h1 after client-side navigation.
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

let firstPage = true;

export function PageTitle({ children, text }: { children?: ReactNode; text: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${text} · ${t("app.name")}`;
  }, [text, t]);

  useEffect(() => {
    // Screen readers learn the page changed when focus lands on its title; the first load starts at the top.
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);

  return (
    <h1 ref={heading} tabIndex={-1}>
      {children ?? text}
    </h1>
  );
}

/** Shown while a page's data loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("app.loading")}
    </p>
  );
}
