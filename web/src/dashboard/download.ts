import { file } from '../api/http';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Fetches a workbook with the caller's token and hands it to the browser as a download under {@code name}. */
export async function downloadWorkbook(path: string, name: string): Promise<void> {
  const blob = await file(path, XLSX);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
