// Tasklist's settings for the Review Action Tracker. Spring Boot serves this file in place of the one in
// Camunda's webjar (the application's classes come first on the class path), so Tasklist is configured here,
// in the project, and never by editing the webjar. Camunda's default file lists every setting.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Review Action Tracker'
  },
  // Dates as people in the UK write them: 31 March 2027 (moment.js formats; Tasklist's default "LLL" is American).
  dateFormat: {
    normal: 'D MMMM YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm'
  },
  // English whatever the browser asks for: Tasklist has no en-GB translation, and its German one would
  // leave the product's own forms in English beside German buttons.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
