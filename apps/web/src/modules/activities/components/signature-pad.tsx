import { Box, Button, Group } from '@mantine/core';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

export interface SignaturePadHandle {
  /** A PNG data URL of the drawing, or null when nothing was drawn. */
  toDataUrl(): string | null;
  clear(): void;
}

/** A drawn signature on a canvas (finger, stylus or mouse); small PNG, well under the API's 64 KB. */
export function SignaturePad({ ref, onChange }: { ref: Ref<SignaturePadHandle>; onChange(hasDrawing: boolean): void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1a1b1e';
  }, []);

  function point(event: React.PointerEvent<HTMLCanvasElement>) {
    const canvas = event.currentTarget;
    const rect = canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * canvas.width) / rect.width,
      y: ((event.clientY - rect.top) * canvas.height) / rect.height,
    };
  }

  function clear() {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    drawn.current = false;
    onChange(false);
  }

  useImperativeHandle(ref, () => ({
    toDataUrl: () => (drawn.current && canvasRef.current ? canvasRef.current.toDataURL('image/png') : null),
    clear,
  }));

  return (
    <Box>
      <canvas
        ref={canvasRef}
        width={480}
        height={200}
        aria-label="Zone de signature : signez avec le doigt, un stylet ou la souris"
        role="img"
        data-testid="signature-pad"
        style={{
          width: '100%',
          maxWidth: 480,
          height: 'auto',
          aspectRatio: '480 / 200',
          border: '1px dashed var(--mantine-color-gray-5)',
          borderRadius: 8,
          touchAction: 'none',
          background: 'white',
        }}
        onPointerDown={(event) => {
          const context = event.currentTarget.getContext('2d');
          if (!context) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          drawing.current = true;
          const { x, y } = point(event);
          context.beginPath();
          context.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const context = event.currentTarget.getContext('2d');
          if (!context) return;
          const { x, y } = point(event);
          context.lineTo(x, y);
          context.stroke();
          if (!drawn.current) {
            drawn.current = true;
            onChange(true);
          }
        }}
        onPointerUp={() => {
          drawing.current = false;
        }}
        onPointerLeave={() => {
          drawing.current = false;
        }}
      />
      <Group mt="xs">
        <Button variant="subtle" size="xs" onClick={clear}>
          Effacer
        </Button>
      </Group>
    </Box>
  );
}
