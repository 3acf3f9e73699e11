export {
  buildTimeline,
  isTimelineWindow,
  placeStories,
  shiftWindow,
  zoomIn,
  zoomOut,
  type DatedStory,
  type Timeline,
  type TimelineRow,
} from './timeline';
