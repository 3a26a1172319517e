// A QR code made on this device (no outside service): the `qrcode` library draws it as SVG,
// shown as an image. The library is loaded only when a QR code is shown.
import { useEffect, useState } from 'react';

type QrModule = typeof import('qrcode');

async function svgFor(text: string): Promise<string> {
  const mod: QrModule & { default?: QrModule } = await import('qrcode');
  const qr = mod.default ?? mod;
  return qr.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}

export function QrCode({ text, label, size = 144 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    svgFor(text).then(
      (s) => live && setSvg(s),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (!svg) return <span className="sk-qr sk-qr--empty" style={{ width: size, height: size }} />;
  return <img className="sk-qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} alt={label} width={size} height={size} />;
}
