import daApp from './da.json' with { type: 'json' };
import daAccess from './da.access.json' with { type: 'json' };
import daAuth from './da.auth.json' with { type: 'json' };
import daEditor from './da.editor.json' with { type: 'json' };
import daList from './da.list.json' with { type: 'json' };
import daPrivacy from './da.privacy.json' with { type: 'json' };
import daSearch from './da.search.json' with { type: 'json' };
import daStructured from './da.structured.json' with { type: 'json' };
import daReading from './da.reading.json' with { type: 'json' };
import enApp from './en.json' with { type: 'json' };
import enAccess from './en.access.json' with { type: 'json' };
import enAuth from './en.auth.json' with { type: 'json' };
import enEditor from './en.editor.json' with { type: 'json' };
import enList from './en.list.json' with { type: 'json' };
import enPrivacy from './en.privacy.json' with { type: 'json' };
import enSearch from './en.search.json' with { type: 'json' };
import enStructured from './en.structured.json' with { type: 'json' };
import enReading from './en.reading.json' with { type: 'json' };
import daVersions from './da.versions.json' with { type: 'json' };
import enVersions from './en.versions.json' with { type: 'json' };
import daExport from './da.export.json' with { type: 'json' };
import enExport from './en.export.json' with { type: 'json' };
import daCourses from './da.courses.json' with { type: 'json' };
import enCourses from './en.courses.json' with { type: 'json' };
import daLiveview from './da.liveview.json' with { type: 'json' };
import enLiveview from './en.liveview.json' with { type: 'json' };
import daLearning from './da.learning.json' with { type: 'json' };
import enLearning from './en.learning.json' with { type: 'json' };
import daWorkshop from './da.workshop.json' with { type: 'json' };
import enWorkshop from './en.workshop.json' with { type: 'json' };
import daCourseEditing from './da.courseEditing.json' with { type: 'json' };
import enCourseEditing from './en.courseEditing.json' with { type: 'json' };

// One translation tree per language, assembled from one file per area of the app (keys `list.…`,
// `editor.…`, `structured.…`), so people working on different screens never edit the same file.
export const da = {
  ...daApp,
  list: daList,
  editor: daEditor,
  structured: daStructured,
  access: daAccess,
  auth: daAuth,
  reading: daReading,
  search: daSearch,
  privacy: daPrivacy,
  versions: daVersions,
  export: daExport,
  courses: daCourses,
  liveview: daLiveview,
  learning: daLearning,
  workshop: daWorkshop,
  courseEditing: daCourseEditing,
};
export const en = {
  ...enApp,
  list: enList,
  editor: enEditor,
  structured: enStructured,
  access: enAccess,
  auth: enAuth,
  reading: enReading,
  search: enSearch,
  privacy: enPrivacy,
  versions: enVersions,
  export: enExport,
  courses: enCourses,
  liveview: enLiveview,
  learning: enLearning,
  workshop: enWorkshop,
  courseEditing: enCourseEditing,
};
