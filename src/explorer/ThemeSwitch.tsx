import { THEMES, type Theme } from "../settings/settings";
import { SegmentedControl } from "../ui/SegmentedControl";

const THEME_OPTIONS = THEMES.map((value: Theme) => ({
  value,
  label: value[0]?.toUpperCase() + value.slice(1),
}));

/** Auto (the system's scheme, or the host page's), light or dark. */
export function ThemeSwitch({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  return <SegmentedControl legend="Theme" hideLegend value={theme} options={THEME_OPTIONS} onChange={onChange} />;
}
