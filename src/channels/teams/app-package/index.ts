import type { TeamsAppConfig } from '../../../config';
import { TeamsPackageError } from './errors';
import { colorIcon, outlineIcon } from './icons';
import { fillManifest, languageFileProblems, type JsonObject } from './manifest';
import { writeZip, type ZipEntry } from './zip';

export { TeamsPackageError } from './errors';
export { colorIcon, outlineIcon } from './icons';
export { fillManifest, languageFileProblems, type Json, type JsonObject } from './manifest';
export { encodePng } from './png';
export { writeZip, type ZipEntry } from './zip';
export { crc32 } from './crc32';

/** The template files a Teams app package is built from (see `teams/` in the project). */
export interface TeamsAppTemplate {
  /** manifest.template.json, parsed. */
  manifest: JsonObject;
  /** Language files by file name (e.g. `de.json`), parsed; each must be listed in the manifest's localizationInfo. */
  languageFiles: Record<string, JsonObject>;
}


/**
 * Builds the sideloadable Teams app package: manifest.json filled from the template and the config, the
 * generated icons (color.png 192 × 192, outline.png 32 × 32) and the language files, flat in one zip.
 * @throws TeamsPackageError when a language file does not fit the manifest or is not listed in it.
 */
export function buildTeamsAppPackage(template: TeamsAppTemplate, config: TeamsAppConfig, date = new Date()): { manifest: JsonObject; files: ZipEntry[]; zip: Buffer } {
  const manifest = fillManifest(template.manifest, config);
  const problems: string[] = [];
  const listed = ((manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined)?.additionalLanguages ?? []).map((l) => l.file);
  for (const file of listed) if (!(file in template.languageFiles)) problems.push(`localizationInfo lists ${file}, but there is no such language file`);
  for (const [file, strings] of Object.entries(template.languageFiles)) {
    if (!listed.includes(file)) problems.push(`${file} is not listed in localizationInfo.additionalLanguages`);
    problems.push(...languageFileProblems(manifest, strings, file));
  }
  const icons = manifest.icons as { color?: string; outline?: string } | undefined;
  if (icons?.color !== 'color.png' || icons.outline !== 'outline.png') problems.push('icons must be "color.png" and "outline.png" (the package generates those)');
  if (problems.length > 0) throw new TeamsPackageError(problems);

  const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const files: ZipEntry[] = [
    { name: 'manifest.json', data: json(manifest) },
    { name: 'color.png', data: colorIcon(String(manifest.accentColor ?? '#0F6CBD')) },
    { name: 'outline.png', data: outlineIcon() },
    ...Object.entries(template.languageFiles).map(([name, strings]) => ({ name, data: json(strings) })),
  ];
  return { manifest, files, zip: writeZip(files, date) };
}
