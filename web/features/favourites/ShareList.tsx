// "Deel deze lijst": the address of the print page for these listings, to copy and send. The
// address holds only which listings they are, nothing about the resident.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printPath } from '../print/printUrl.tsx';

export function ShareList({ ids }: { ids: string[] }) {
  const { t } = useTranslation('favourites');
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const panelId = useId();
  const url = `${window.location.origin}${printPath(ids)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (older browser, not https): select the link so the resident can copy it.
      const range = document.createRange();
      if (link.current) range.selectNodeContents(link.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopied('no');
    }
  };

  return (
    <div className="sk-share">
      <button
        type="button"
        className="sk-button sk-button--subtle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setCopied(null);
        }}
      >
        {t('share.button')}
      </button>
      <div id={panelId} className="sk-share__panel" hidden={!open}>
        <p>{t('share.intro')}</p>
        <p className="sk-share__link">
          <a ref={link} href={url}>
            {url}
          </a>
        </p>
        <button type="button" className="sk-button" onClick={() => void copy()}>
          {t('share.copy')}
        </button>
        <p role="status" className="sk-share__status">
          {copied === 'yes' ? t('share.copied') : copied === 'no' ? t('share.copyFailed') : ''}
        </p>
      </div>
    </div>
  );
}
