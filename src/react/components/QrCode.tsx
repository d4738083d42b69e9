'use client';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code as one SVG path: crisp at any size, themeable with `currentColor`, no innerHTML. */
export function QrCode({ value, label, size = 192 }: { value: string; label: string; size?: number }) {
  const { path, modules } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(value);
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row += 1) {
      for (let col = 0; col < count; col += 1) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
    }
    return { path: d, modules: count };
  }, [value]);
  const quiet = 4;
  const box = modules + quiet * 2;
  return (
    <svg className="rck-qr" role="img" aria-label={label} width={size} height={size} viewBox={`${-quiet} ${-quiet} ${box} ${box}`} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="var(--rck-qr-background, #fff)" />
      <path d={path} fill="var(--rck-qr-foreground, #000)" />
    </svg>
  );
}
