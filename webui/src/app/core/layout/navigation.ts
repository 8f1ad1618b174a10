/** Every page of the app, grouped as the side navigation shows them. `later` = built in part 2. */
export interface NavLink {
  path: string;
  labelKey: string;
  later?: boolean;
}

export interface NavGroup {
  labelKey: string;
  links: NavLink[];
}

export const NAVIGATION: NavGroup[] = [
  {
    labelKey: 'nav.group.images',
    links: [
      { path: '/images/generate', labelKey: 'nav.imageGenerator' },
      { path: '/images', labelKey: 'nav.imageView' },
      { path: '/images/overlay', labelKey: 'nav.textOverlay' },
    ],
  },
  {
    labelKey: 'nav.group.songs',
    links: [
      { path: '/songs/generate', labelKey: 'nav.songGenerator' },
      { path: '/songs', labelKey: 'nav.songView' },
      { path: '/songs/profile', labelKey: 'nav.songProfile' },
      { path: '/sketches', labelKey: 'nav.sketchLibrary' },
      { path: '/sketches/new', labelKey: 'nav.sketchCreator' },
    ],
  },
  {
    labelKey: 'nav.group.writing',
    links: [
      { path: '/lyrics', labelKey: 'nav.lyricCreation' },
      { path: '/lyric-rules', labelKey: 'nav.lyricRules' },
      { path: '/music-style-prompts', labelKey: 'nav.musicStylePrompt' },
      { path: '/prompt-templates', labelKey: 'nav.promptTemplates' },
    ],
  },
  {
    labelKey: 'nav.group.chat',
    links: [
      { path: '/chat/ollama', labelKey: 'nav.aiChat' },
      { path: '/chat/openai', labelKey: 'nav.openaiChat' },
    ],
  },
  {
    labelKey: 'nav.group.studio',
    links: [
      { path: '/equipment', labelKey: 'nav.equipmentGallery' },
      { path: '/equipment/new', labelKey: 'nav.equipmentEditor' },
      { path: '/profile', labelKey: 'nav.userProfile' },
    ],
  },
];
