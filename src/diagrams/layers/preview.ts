/** Link preview: the wide layout as drawn in the default view (the ballistic missile's path). */
import { plainSvg } from '../../lib/previews/plain-svg.ts';
import { find, type DiagramPreview } from '../../lib/previews/preview-drawing.ts';

export const preview: DiagramPreview = (figure) => plainSvg(find(figure, '.layout-wide svg'), figure.styles);
