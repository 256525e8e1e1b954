import { useState } from 'react';
import type { CurrentUser } from '../../../shared/contracts/auth';
import { onDemand } from '../../lib/on-demand';
import { UserMenuButton } from './user-menu-button';

// Mantine's menu brings its popover and floating-ui (≈ 20 KB gzip): it comes when the button is
// first hovered or focused, not with every signed-in page (ADR 042).
const userMenu = onDemand(() => import('./user-menu'));

/**
 * The user's menu in the header, first as its button alone. A press or click (or Enter, Space)
 * before the menu has arrived opens it as soon as it has; the keyboard's focus moves to the menu's own button.
 */
export function HeaderUserMenu({ user }: { user: CurrentUser }) {
  const loaded = userMenu.useLoaded();
  const [focused, setFocused] = useState(false);
  const [openWanted, setOpenWanted] = useState(false);
  if (loaded) return <loaded.UserMenu user={user} defaultOpened={openWanted} focusOnMount={focused} />;
  return (
    <UserMenuButton
      user={user}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={userMenu.request}
      onFocus={() => {
        setFocused(true);
        userMenu.request();
      }}
      onBlur={() => setFocused(false)}
      // The hover has started the fetch: if the menu lands between the press and the release, the
      // button under the pointer is replaced and no click follows; the press alone asks for it.
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        setOpenWanted(true);
        userMenu.request();
      }}
      onClick={() => {
        setOpenWanted(true);
        userMenu.request();
      }}
    />
  );
}
