/** The strings of AccountSettings and its parts (profile, sign out everywhere, delete account), shipped only with them. */
export interface SettingsMessages {
  accountSettingsTitle: string;
  profileTitle: string;
  profileLoading: string;
  profileRetry: string;
  /** A field's label by attribute name: 'name', 'email', 'phone_number'… */
  profileFieldLabel: (attribute: string) => string;
  profileEmailHint: string;
  profileSave: string;
  profileSaving: string;
  profileSaved: string;
  profileUnchanged: string;
  verifyAttributeTitle: (attribute: string) => string;
  verifyAttributeHint: (destination: string | undefined) => string;
  verifyAttributeLater: string;
  attributeVerified: string;
  signOutEverywhereTitle: string;
  signOutEverywhereIntro: string;
  signOutEverywhereButton: string;
  signingOutEverywhere: string;
  deleteAccountTitle: string;
  deleteAccountIntro: string;
  deleteAccountStart: string;
  /** The word to type; compared exactly (case included). */
  deleteAccountWord: string;
  deleteAccountConfirmLabel: (word: string) => string;
  deleteAccountMismatch: (word: string) => string;
  deleteAccountButton: string;
  deletingAccount: string;
  deleteAccountCancel: string;
}

const attributeNames: Record<string, string> = { name: 'Name', email: 'Email', phone_number: 'Phone number', given_name: 'First name', family_name: 'Last name', preferred_username: 'Username' };

export const settingsMessages: SettingsMessages = {
  accountSettingsTitle: 'Account settings',
  profileTitle: 'Profile',
  profileLoading: 'Loading your profile…',
  profileRetry: 'Try again',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'A new email address is confirmed with a code.',
  profileSave: 'Save',
  profileSaving: 'Saving…',
  profileSaved: 'Your profile is saved.',
  profileUnchanged: 'Nothing changed.',
  verifyAttributeTitle: (attribute) => `Confirm your new ${attribute === 'phone_number' ? 'phone number' : 'email address'}`,
  verifyAttributeHint: (destination) => (destination ? `We sent a code to ${destination}.` : 'We sent you a code.'),
  verifyAttributeLater: 'Later',
  attributeVerified: 'Saved and confirmed.',
  signOutEverywhereTitle: 'Sign out everywhere',
  signOutEverywhereIntro: 'Signs you out on every device and browser, this one too.',
  signOutEverywhereButton: 'Sign out everywhere',
  signingOutEverywhere: 'Signing out…',
  deleteAccountTitle: 'Delete account',
  deleteAccountIntro: 'Deletes your account for good. This cannot be undone.',
  deleteAccountStart: 'Delete account…',
  deleteAccountWord: 'DELETE',
  deleteAccountConfirmLabel: (word) => `Type ${word} to confirm`,
  deleteAccountMismatch: (word) => `Type ${word} exactly to confirm.`,
  deleteAccountButton: 'Delete my account',
  deletingAccount: 'Deleting…',
  deleteAccountCancel: 'Cancel',
};
