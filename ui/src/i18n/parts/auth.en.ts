// auth: English messages; exactly the keys of auth.zh-CN.ts.
import type zh from './auth.zh-CN'

const authEn: typeof zh = {
  setup: {
    title: 'First start: create the administrator',
    intro:
      'Yunting is starting on this computer for the first time. Create the administrator account first; staff who register later are reviewed and given a role by the administrator.',
    submit: 'Create administrator and continue',
    created: 'Administrator account created. Welcome to Yunting.',
  },
  login: {
    title: 'Sign in',
    tabUsername: 'Username + password',
    tabMobile: 'Mobile + password',
    submit: 'Sign in',
    noAccount: 'No account yet?',
    register: 'Register now',
  },
  register: {
    title: 'Register',
    intro: 'An administrator reviews your request and assigns a role before you can sign in.',
    submit: 'Submit registration',
    successTitle: 'Registration submitted. Please wait for an administrator to review it.',
    successDetail:
      'Once approved, sign in with the username {username} or the mobile number you registered.',
    backToLogin: 'Back to sign-in',
    haveAccount: 'Already have an account?',
    toLogin: 'Back to sign-in',
  },
  users: {
    title: 'Users',
    filterStatus: 'Status',
    total: '{count} users',
    columns: {
      username: 'Username',
      displayName: 'Name',
      mobile: 'Mobile',
      role: 'Role',
      status: 'Status',
      createdAt: 'Registered',
      lastSignInAt: 'Last sign-in',
    },
    self: 'You',
    lockedUntil: 'Locked until {time}',
    approve: 'Approve',
    changeRole: 'Change role',
    disable: 'Disable',
    enable: 'Enable',
    resetPassword: 'Reset password',
    approveTitle: 'Approve: {name}',
    approveHint: 'Choose a role for {name} ({username}). Once approved, the user can sign in.',
    approved: 'Approved {name} as {role}',
    changeRoleTitle: 'Change role: {name}',
    changeRoleHint: 'From their next action on, {name} is authorised by the new role.',
    roleChanged: 'Changed the role of {name} to {role}',
    disableTitle: 'Disable user',
    disableConfirm:
      '{name} ({username}) will no longer be able to sign in, and open sessions end. You can enable the account again at any time. Disable it?',
    disabled: 'Disabled {name}',
    enableTitle: 'Enable user',
    enableConfirm: '{name} ({username}) will be able to sign in again. Enable the account?',
    enabled: 'Enabled {name}',
    resetTitle: 'Reset password: {name}',
    resetHint:
      'Tell the user the new password in person and ask them to change it in Settings after signing in. A lockout is cleared as well.',
    resetDone: 'Reset the password of {name}',
    emptyFiltered: 'No users have this status. Choose another status filter above.',
    emptyAll:
      'No other users yet. Ask staff to click “Register now” on the sign-in page, then review their requests here.',
  },
  roles: {
    admin: 'Administrator',
    arbitrator: 'Arbitrator',
    clerk: 'Clerk',
    mediator: 'Mediator',
    none: 'Not assigned',
  },
  roleDescriptions: {
    admin: 'Manages users, reviews registrations, reads the audit log',
    arbitrator: 'Presides over hearings and decides cases',
    clerk: 'Registers cases and keeps the hearing minutes',
    mediator: 'Conducts mediation and records its outcome',
  },
  userStatus: {
    pending: 'Pending',
    active: 'Active',
    disabled: 'Disabled',
    locked: 'Locked',
  },
}

export default authEn
