import { Image, Skeleton } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of a URL (rendered to a data URL by `qrcode`), to scan with a phone. */
export function QrCode({ value, size = 128, label }: { value: string; size?: number; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { width: size, margin: 1, errorCorrectionLevel: 'M' })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [value, size]);
  if (!src) return <Skeleton width={size} height={size} />;
  return <Image src={src} w={size} h={size} alt={label} data-testid="signature-qr" />;
}
